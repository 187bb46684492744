using HistoryBot.Core.State;
using HistoryBot.Discord.Gateway;
using HistoryBot.Discord.Rest;
using HistoryBot.Discord.Tests.Support;
using HistoryBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace HistoryBot.Discord.Tests.Gateway;

public sealed class IdentifyLimiterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_second_identify_in_the_same_bucket_waits_five_seconds()
    {
        var time = new ManualTimeProvider();
        var limiter = new IdentifyLimiter(new SessionStartLimit(1000, 1000, 0, MaxConcurrency: 1), time, Window, NullLogger.Instance);
        using var timeout = TestTimeout.Start();

        await limiter.WaitAsync(0, timeout.Token);
        var second = limiter.WaitAsync(1, timeout.Token);

        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(4.9));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));
        await second.WaitAsync(timeout.Token);
    }

    [Fact]
    public async Task Shards_in_different_concurrency_buckets_identify_together()
    {
        var time = new ManualTimeProvider();
        var limiter = new IdentifyLimiter(new SessionStartLimit(1000, 1000, 0, MaxConcurrency: 2), time, Window, NullLogger.Instance);
        using var timeout = TestTimeout.Start();

        await limiter.WaitAsync(0, timeout.Token);
        var sameTime = limiter.WaitAsync(1, timeout.Token);
        var sameBucketAsZero = limiter.WaitAsync(2, timeout.Token);

        Assert.True(sameTime.IsCompletedSuccessfully);
        Assert.False(sameBucketAsZero.IsCompleted);
        time.Advance(Window);
        await sameBucketAsZero.WaitAsync(timeout.Token);
    }

    [Fact]
    public async Task Processes_sharing_the_state_store_identify_in_one_bucket_five_seconds_apart()
    {
        // Arrange: two processes (shards 0 and 2 of a bot split with ShardId/ShardCount), one state store.
        var time = new ManualTimeProvider();
        using var state = new TestStateDatabase(StateProvider.Sqlite);
        var limit = new SessionStartLimit(1000, 1000, 0, MaxConcurrency: 2);
        var first = new IdentifyLimiter(limit, time, Window, NullLogger.Instance, new SqlLeaseStore(state.Open(), time));
        var second = new IdentifyLimiter(limit, time, Window, NullLogger.Instance, new SqlLeaseStore(state.Open(), time));
        using var timeout = TestTimeout.Start();

        // Act
        await first.WaitAsync(0, timeout.Token);
        var otherBucket = second.WaitAsync(1, timeout.Token);
        await otherBucket.WaitAsync(timeout.Token);
        var sameBucket = second.WaitAsync(2, timeout.Token);
        await Task.Delay(300, timeout.Token);
        var waitedBefore = sameBucket.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(4.9));
        await Task.Delay(300, timeout.Token);
        var waitedAlmost = sameBucket.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(0.1));
        await sameBucket.WaitAsync(timeout.Token);

        // Assert: bucket 1 went at once; bucket 0 waited for the other process's window.
        Assert.False(waitedBefore);
        Assert.False(waitedAlmost);
    }

    [Fact]
    public async Task With_the_daily_budget_spent_identify_waits_for_its_reset()
    {
        var time = new ManualTimeProvider();
        var limiter = new IdentifyLimiter(new SessionStartLimit(1000, 0, ResetAfter: 60_000, MaxConcurrency: 1), time, Window, NullLogger.Instance);
        using var timeout = TestTimeout.Start();

        var waiting = limiter.WaitAsync(0, timeout.Token);

        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await waiting.WaitAsync(timeout.Token);
    }
}
