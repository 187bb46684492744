using HistoryBot.Core.State;
using HistoryBot.Discord.Rest;
using HistoryBot.Discord.Tests.Support;
using HistoryBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HistoryBot.Discord.Tests.Rest;

public sealed class RateLimitBucketRetentionTests
{
    [Fact]
    public async Task Buckets_of_answered_interactions_are_forgotten_once_idle_and_a_bucket_in_use_stays()
    {
        // Arrange: one bucket per interaction, as interaction callbacks have.
        using var timeout = TestTimeout.Start();
        var time = new ManualTimeProvider();
        var limiter = new RestRateLimiter(time, NullLogger<RestRateLimiter>.Instance);
        var retention = new RateLimitBucketRetention(limiter, Options.Create(new RetentionOptions { RateLimitState = TimeSpan.FromMinutes(10) }));
        for (var i = 0; i < 50; i++)
        {
            var route = new RestRoute(HttpMethod.Post, "/interactions/{id}/{token}/callback", $"/interactions/{i}/t/callback", $"POST /interactions/{i}", $"interaction:{i}");
            await limiter.WaitAsync(route, limiter.BucketFor(route), timeout.Token);
        }
        time.Advance(TimeSpan.FromMinutes(11));
        var channel = new RestRoute(HttpMethod.Post, "/channels/{id}/messages", "/channels/1/messages", "POST /channels/1/messages", "channel:1");
        await limiter.WaitAsync(channel, limiter.BucketFor(channel), timeout.Token);

        // Act
        var removed = await retention.PruneAsync(time.GetUtcNow(), timeout.Token);

        // Assert
        Assert.Equal(50, removed);
        Assert.Equal(1, limiter.BucketCount);
    }
}
