using HistoryBot.Core.State;
using HistoryBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Discord.Gateway;

/// <summary>
/// The identify rate limit, shared by the shards of this process: one identify per concurrency
/// bucket (shard_id % max_concurrency) per window, and no more than the session-start budget
/// GET /gateway/bot reported (running out would reset the token). With a lease store the
/// per-bucket window is shared by every process on the state store too (shards split across
/// processes with ShardId/ShardCount): an identify takes the bucket's lease for one window, under
/// an owner of its own, so no other process identifies in that bucket before the window ends.
/// </summary>
internal sealed class IdentifyLimiter(SessionStartLimit limit, TimeProvider time, TimeSpan window, ILogger logger, ILeaseStore? leases = null)
{
    private static readonly TimeSpan SharedRetry = TimeSpan.FromMilliseconds(100);

    private readonly Lock _lock = new();
    private readonly Dictionary<int, DateTimeOffset> _nextAllowed = [];
    private readonly int _concurrency = Math.Max(1, limit.MaxConcurrency);
    private int _remaining = limit.Remaining;
    private DateTimeOffset _budgetResetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(limit.ResetAfter);

    /// <summary>Returns when <paramref name="shard"/> may identify; the identify then counts as spent.</summary>
    public async Task WaitAsync(int shard, CancellationToken cancellationToken = default)
    {
        var bucket = shard % _concurrency;
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                if (_remaining <= 0 && now >= _budgetResetAt)
                {
                    _remaining = limit.Total;
                    _budgetResetAt = now + TimeSpan.FromDays(1);
                }
                var next = _nextAllowed.GetValueOrDefault(bucket, DateTimeOffset.MinValue);
                if (_remaining <= 0)
                    wait = _budgetResetAt - now;
                else if (next > now)
                    wait = next - now;
                else
                {
                    _remaining--;
                    _nextAllowed[bucket] = now + window;
                    wait = TimeSpan.Zero;
                }
            }
            if (wait == TimeSpan.Zero)
            {
                await WaitForSharedBucketAsync(shard, bucket, cancellationToken);
                return;
            }
            if (wait > window)
                logger.LogWarning("The daily identify budget is spent; shard {Shard} waits {Minutes:0} min before connecting", shard, wait.TotalMinutes);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>Waits until this process takes the bucket's identify lease in the state store.</summary>
    private async Task WaitForSharedBucketAsync(int shard, int bucket, CancellationToken cancellationToken)
    {
        if (leases is null)
            return;
        var name = $"discord-identify:{bucket}";
        var logged = false;
        while (true)
        {
            bool taken;
            try
            {
                taken = await leases.TryAcquireAsync(name, $"{Environment.ProcessId}:{Guid.NewGuid():N}", window, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Without the database the local limit still holds; Discord answers a too-early identify with a close, which is retried.
                logger.LogWarning("The shared identify limit could not be read ({Message}); shard {Shard} identifies on the local limit", ex.Message, shard);
                return;
            }
            if (taken)
                return;
            if (!logged)
                logger.LogDebug("Shard {Shard} waits for another process's identify in bucket {Bucket}", shard, bucket);
            logged = true;
            var holder = await leases.HolderAsync(name, cancellationToken);
            var wait = holder is { } held ? held.Until - time.GetUtcNow() : SharedRetry;
            await Task.Delay(wait < SharedRetry ? SharedRetry : wait, time, cancellationToken);
        }
    }
}
