using HistoryBot.Core.State;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Chat;

/// <summary>Forgets the recent questions of members idle for Retention:RateLimitState.</summary>
public sealed class RateLimitRetention(RateLimiter limiter, IOptions<RetentionOptions> options) : IRetentionTask
{
    public string Name => "rate-limit queues";

    public Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Task.FromResult(limiter.Prune(now - options.Value.RateLimitState));
}
