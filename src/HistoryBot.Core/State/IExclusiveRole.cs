namespace HistoryBot.Core.State;

/// <summary>
/// Something only one process sharing the state store may run (the Telegram poller of a token).
/// The executable claims every role before the host starts, so a refusal is a plain message and
/// exit code, not a failed start; the role's service claims it again (a renewal) when it starts.
/// </summary>
public interface IExclusiveRole
{
    /// <summary>Takes the role's lease, waiting up to one lease length; throws <see cref="LeaseHeldException"/> when another process keeps it.</summary>
    Task ClaimAsync(CancellationToken cancellationToken = default);
}
