using HistoryBot.Core.State;

namespace HistoryBot.Core.Tests.Facts;

/// <summary>A replica's lease store that stops answering when the replica is "killed": it can neither renew nor give back its lease.</summary>
internal sealed class KillableLeaseStore(ILeaseStore inner) : ILeaseStore
{
    private volatile bool _dead;

    public void Kill() => _dead = true;

    public Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken = default) =>
        _dead ? throw new IOException("killed") : inner.TryAcquireAsync(name, owner, duration, cancellationToken);

    public Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default) =>
        _dead ? throw new IOException("killed") : inner.ReleaseAsync(name, owner, cancellationToken);

    public Task<(string Owner, DateTimeOffset Until)?> HolderAsync(string name, CancellationToken cancellationToken = default) =>
        inner.HolderAsync(name, cancellationToken);
}
