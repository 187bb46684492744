namespace HistoryBot.Core.Facts;

/// <summary>
/// The posted-fact log: one record per chat and local day, claimed atomically, so however
/// many processes share the store and however often they restart, a day is posted at most once.
/// </summary>
public interface IFactPostLog
{
    Task<DailyPost?> GetAsync(ChannelKey channel, DateOnly localDate, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the day's slot when it is free: no record yet, a <see cref="DailyPostState.Claimed"/> one
    /// whose lease ran out, or a <see cref="DailyPostState.Failed"/> one. Returns the record now held,
    /// or null when another process holds it or the day is done.
    /// </summary>
    Task<DailyPost?> TryClaimAsync(PostClaim claim, CancellationToken cancellationToken = default);

    /// <summary>Moves the owner's claim to <see cref="DailyPostState.Sending"/>; false when the owner lost it.</summary>
    Task<bool> BeginSendingAsync(ChannelKey channel, DateOnly localDate, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>Records how the owner's attempt ended; false when the owner no longer holds the record.</summary>
    Task<bool> FinishAsync(ChannelKey channel, DateOnly localDate, string owner, DailyPostState status, DateTimeOffset at,
        DateTimeOffset? retryAt = null, string? detail = null, CancellationToken cancellationToken = default);

    /// <summary>Marks <see cref="DailyPostState.Unconfirmed"/> a record left sending by a process whose lease ran out.</summary>
    Task<bool> MarkUnconfirmedAsync(ChannelKey channel, DateOnly localDate, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The facts posted (or possibly posted) to a chat in one rotation cycle.</summary>
    Task<IReadOnlySet<FactId>> PostedInCycleAsync(ChannelKey channel, int cycle, CancellationToken cancellationToken = default);
}
