using HistoryBot.Core.Facts;
using HistoryBot.Core.State;
using HistoryBot.Testing;
using Xunit;

namespace HistoryBot.Core.Tests.Facts;

/// <summary>Several replicas: one leader by lease posts; when it dies another takes over.</summary>
[Collection(FactsIndexCollection.Name)]
public sealed class DailyFactLeaderTests(FactsIndexFixture index) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static DateTimeOffset Utc(int hour, int minute = 0, int second = 0) => new(2026, 6, 10, hour, minute, second, TimeSpan.Zero);

    [Fact(Timeout = 30_000)]
    public async Task Three_replicas_elect_one_leader_and_when_it_dies_before_post_time_every_chat_still_gets_one_post()
    {
        // Arrange: three replicas on one state database, 100 subscribed chats.
        var time = new ManualTimeProvider(Utc(8, 50));
        var options = new DailyFactOptions { LeaderLease = TimeSpan.FromSeconds(30), PollInterval = TimeSpan.FromMinutes(1) };
        var leases = Enumerable.Range(0, 3).Select(_ => new KillableLeaseStore(new SqlLeaseStore(new SqliteStateDatabase(_temp.Combine("state.db")), time))).ToList();
        var replicas = leases.Select(lease => new DailyFactHarness(index.Catalog, _temp.Combine("state.db"), time, options, lease)).ToList();
        var chats = Enumerable.Range(1, 100).Select(n => $"-100{n}").ToList();
        foreach (var chat in chats)
            await replicas[0].SubscribeAsync("09:00", "UTC", chat: chat);
        foreach (var replica in replicas)
            await replica.Scheduler.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => replicas.Count(replica => replica.Scheduler.IsLeader) == 1);
        var leader = replicas.FindIndex(replica => replica.Scheduler.IsLeader);

        // Act: the leader dies at 08:55 (it can neither renew nor give back its lease); the clock runs on.
        time.SetUtcNow(Utc(8, 55));
        leases[leader].Kill();
        for (var at = Utc(8, 55, 10); at <= Utc(9, 2); at += TimeSpan.FromSeconds(10))
        {
            time.SetUtcNow(at);
            await Task.Delay(5);
        }
        await WaitUntilAsync(() => replicas.Sum(replica => replica.Sent.Count) >= chats.Count);
        for (var at = Utc(9, 2, 10); at <= Utc(9, 4); at += TimeSpan.FromSeconds(10))
        {
            time.SetUtcNow(at);
            await Task.Delay(5);
        }
        foreach (var replica in replicas.Where((_, i) => i != leader))
            await replica.Scheduler.StopAsync(CancellationToken.None);

        // Assert
        var posts = replicas.SelectMany(replica => replica.Sent).ToList();
        Assert.Equal(chats.Count, posts.Count);
        Assert.Equal(chats.Order(), posts.Select(post => post.Chat.Value).Order());
        Assert.Empty(replicas[leader].Sent);
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task A_lease_has_one_holder_who_renews_it_and_another_takes_it_once_it_ran_out_or_was_given_back(StateProvider provider)
    {
        // Arrange
        using var state = new TestStateDatabase(provider);
        var time = new ManualTimeProvider();
        var a = new SqlLeaseStore(state.Open(), time);
        var b = new SqlLeaseStore(state.Open(), time);
        var lease = TimeSpan.FromSeconds(30);

        // Act
        var aTakes = await a.TryAcquireAsync("daily-facts", "A", lease);
        var bWhileHeld = await b.TryAcquireAsync("daily-facts", "B", lease);
        time.Advance(TimeSpan.FromSeconds(20));
        var aRenews = await a.TryAcquireAsync("daily-facts", "A", lease);
        time.Advance(TimeSpan.FromSeconds(20));
        var bAfterRenewal = await b.TryAcquireAsync("daily-facts", "B", lease);
        time.Advance(TimeSpan.FromSeconds(11));
        var bAfterItRanOut = await b.TryAcquireAsync("daily-facts", "B", lease);
        await b.ReleaseAsync("daily-facts", "B");
        var aAfterRelease = await a.TryAcquireAsync("daily-facts", "A", lease);

        // Assert
        Assert.Equal((true, false, true, false, true, true), (aTakes, bWhileHeld, aRenews, bAfterRenewal, bAfterItRanOut, aAfterRelease));
        Assert.Equal("A", (await b.HolderAsync("daily-facts"))!.Value.Owner);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        while (!condition())
            await Task.Delay(10);
    }
}
