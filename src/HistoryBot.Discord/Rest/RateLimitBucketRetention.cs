using HistoryBot.Core.State;
using Microsoft.Extensions.Options;

namespace HistoryBot.Discord.Rest;

/// <summary>Forgets Discord rate-limit buckets unused for Retention:RateLimitState.</summary>
internal sealed class RateLimitBucketRetention(RestRateLimiter limiter, IOptions<RetentionOptions> options) : IRetentionTask
{
    public string Name => "Discord rate-limit buckets";

    public Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Task.FromResult(limiter.Prune(now - options.Value.RateLimitState));
}
