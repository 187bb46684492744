namespace HistoryBot.Core.State;

/// <summary>
/// Named leases in the state database: one holder at a time across every process sharing it
/// (the daily-fact leader, the one Telegram poller). A holder renews before the lease runs out;
/// when it dies, another process takes the lease over once it has run out.
/// </summary>
public interface ILeaseStore
{
    /// <summary>Takes or renews <paramref name="name"/> for <paramref name="owner"/> until now + <paramref name="duration"/>; false while another owner holds it.</summary>
    Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Gives the lease up (on a clean stop), so another process takes over at once.</summary>
    Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default);

    /// <summary>The current holder and until when, or null when nobody holds it.</summary>
    Task<(string Owner, DateTimeOffset Until)?> HolderAsync(string name, CancellationToken cancellationToken = default);
}
