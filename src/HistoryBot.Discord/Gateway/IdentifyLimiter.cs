using HistoryBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Discord.Gateway;

/// <summary>
/// The identify rate limit, shared by the shards of this process: one identify per concurrency
/// bucket (shard_id % max_concurrency) per window, and no more than the session-start budget
/// GET /gateway/bot reported (running out would reset the token).
/// </summary>
internal sealed class IdentifyLimiter(SessionStartLimit limit, TimeProvider time, TimeSpan window, ILogger logger)
{
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
                    return;
                }
            }
            if (wait > window)
                logger.LogWarning("The daily identify budget is spent; shard {Shard} waits {Minutes:0} min before connecting", shard, wait.TotalMinutes);
            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
