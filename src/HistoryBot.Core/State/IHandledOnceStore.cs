namespace HistoryBot.Core.State;

/// <summary>
/// The ids of updates and events already handled, for every platform: a redelivered or replayed
/// one (after a resume, a restart, or on another replica) is answered once.
/// </summary>
public interface IHandledOnceStore
{
    /// <summary>
    /// Claims <paramref name="key"/> for this process. False when it is done, when this process
    /// holds it, or when another process holds it and its claim is younger than
    /// <paramref name="takeOverAfter"/>; older unfinished claims were left by a process that died
    /// and are taken over. A null <paramref name="takeOverAfter"/> never takes a claim over.
    /// </summary>
    Task<bool> TryClaimAsync(HandledKey key, TimeSpan? takeOverAfter, CancellationToken cancellationToken = default);

    /// <summary>Marks the key done: it is never claimed again until the retention forgets it.</summary>
    Task CompleteAsync(HandledKey key, CancellationToken cancellationToken = default);

    /// <summary>Gives a claim back when handling failed before anything was sent, so a replay may try again.</summary>
    Task ReleaseAsync(HandledKey key, CancellationToken cancellationToken = default);

    /// <summary>Forgets the keys of <paramref name="platform"/> (all when null) claimed or finished before <paramref name="before"/>.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, Chat.Platform? platform = null, CancellationToken cancellationToken = default);
}
