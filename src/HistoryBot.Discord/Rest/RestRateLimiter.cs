using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Discord.Rest;

/// <summary>
/// Discord's REST limits, learned from the X-RateLimit headers rather than hard-coded: a
/// bucket per route (shared when Discord names the same bucket hash) and top-level resource,
/// and the global limit a 429 with global=true announces. Callers wait; nothing is dropped.
/// </summary>
internal sealed class RestRateLimiter(TimeProvider time, ILogger<RestRateLimiter> logger)
{
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _globalLock = new();
    private DateTimeOffset _globalUntil;

    public RateLimitBucket BucketFor(RestRoute route) =>
        _buckets.GetOrAdd(_hashes.TryGetValue(route.BucketKey, out var hash) ? $"{hash}:{route.Major}" : route.BucketKey, _ => new RateLimitBucket());

    /// <summary>Waits until both the global limit and the bucket allow a request.</summary>
    public async Task WaitAsync(RestRoute route, RateLimitBucket bucket, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            TimeSpan global;
            lock (_globalLock)
                global = _globalUntil > now ? _globalUntil - now : TimeSpan.Zero;
            var wait = global > TimeSpan.Zero ? global : bucket.WaitTime(now);
            if (wait <= TimeSpan.Zero)
                return;
            logger.LogDebug("Waiting {Wait} ms for the {Scope} rate limit of {Route}", (int)wait.TotalMilliseconds, global > TimeSpan.Zero ? "global" : "route", route.Template);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>Records what a response's headers say about its bucket.</summary>
    public void Learn(RestRoute route, RateLimitBucket bucket, HttpResponseHeaders headers)
    {
        if (Header(headers, "X-RateLimit-Bucket") is { Length: > 0 } hash)
        {
            _hashes[route.BucketKey] = hash;
            // The bucket this request went through becomes the shared one, unless another route got there first.
            bucket = _buckets.GetOrAdd($"{hash}:{route.Major}", bucket);
        }
        int? remaining = int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var left) ? left : null;
        DateTimeOffset? resetAt = double.TryParse(Header(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? time.GetUtcNow() + TimeSpan.FromSeconds(seconds)
            : null;
        bucket.Update(remaining, resetAt);
    }

    /// <summary>A 429: hold the whole bot (global) or this bucket for <paramref name="retryAfter"/>.</summary>
    public void OnTooManyRequests(RestRoute route, RateLimitBucket bucket, TimeSpan retryAfter, bool global)
    {
        var until = time.GetUtcNow() + retryAfter;
        if (global)
        {
            lock (_globalLock)
            {
                if (until > _globalUntil)
                    _globalUntil = until;
            }
        }
        else
        {
            BucketFor(route).Exhaust(until);
            bucket.Exhaust(until);
        }
    }

    /// <summary>
    /// Forgets buckets idle since <paramref name="before"/>. Interaction and webhook routes get a
    /// bucket per interaction, so without this the map grows with every answer.
    /// </summary>
    public int Prune(DateTimeOffset before)
    {
        var now = time.GetUtcNow();
        var removed = 0;
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.IsIdle(before, now) && _buckets.TryRemove(new KeyValuePair<string, RateLimitBucket>(key, bucket)))
                removed++;
        }
        // A route whose shared bucket is gone learns its hash again from the next response.
        foreach (var (route, hash) in _hashes)
        {
            if (!_buckets.Keys.Any(key => key.StartsWith(hash + ":", StringComparison.Ordinal)))
                _hashes.TryRemove(new KeyValuePair<string, string>(route, hash));
        }
        return removed;
    }

    /// <summary>Buckets held in memory.</summary>
    public int BucketCount => _buckets.Count;

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
