using HistoryBot.Core.State;
using HistoryBot.Discord.Gateway;
using HistoryBot.Discord.State;
using HistoryBot.Discord.Tests.Support;
using HistoryBot.Testing;

namespace HistoryBot.Discord.Tests.State;

public sealed class SqliteDiscordStoreTests
{
    private static readonly Snowflake Interaction = new(1234567890123);

    [Fact]
    public async Task An_event_is_claimed_once_also_by_a_new_process_on_the_same_database()
    {
        using var temp = new TempDirectory();
        using var timeout = TestTimeout.Start();
        var time = new ManualTimeProvider();
        var first = new SqliteDiscordStore(new StateDatabase(temp.Combine("state.db")), time, DiscordTimings.Default);

        var claimed = await first.TryClaimAsync(Interaction, timeout.Token);
        var again = await first.TryClaimAsync(Interaction, timeout.Token);
        var restarted = new SqliteDiscordStore(new StateDatabase(temp.Combine("state.db")), time, DiscordTimings.Default);
        var afterRestart = await restarted.TryClaimAsync(Interaction, timeout.Token);

        Assert.True(claimed);
        Assert.False(again);
        Assert.False(afterRestart);
    }

    [Fact]
    public async Task A_released_claim_can_be_taken_again()
    {
        using var temp = new TempDirectory();
        using var timeout = TestTimeout.Start();
        var store = new SqliteDiscordStore(new StateDatabase(temp.Combine("state.db")), new ManualTimeProvider(), DiscordTimings.Default);
        await store.TryClaimAsync(Interaction, timeout.Token);

        await store.ReleaseAsync(Interaction, timeout.Token);

        Assert.True(await store.TryClaimAsync(Interaction, timeout.Token));
    }

    [Fact]
    public async Task Old_claims_are_pruned_when_the_store_opens()
    {
        using var temp = new TempDirectory();
        using var timeout = TestTimeout.Start();
        var time = new ManualTimeProvider();
        var store = new SqliteDiscordStore(new StateDatabase(temp.Combine("state.db")), time, DiscordTimings.Default);
        await store.TryClaimAsync(Interaction, timeout.Token);

        time.Advance(DiscordTimings.Default.HandledRetention + TimeSpan.FromMinutes(1));
        var reopened = new SqliteDiscordStore(new StateDatabase(temp.Combine("state.db")), time, DiscordTimings.Default);

        Assert.True(await reopened.TryClaimAsync(Interaction, timeout.Token));
    }

    [Fact]
    public async Task A_session_is_kept_per_shard_until_it_is_too_old_or_cleared()
    {
        using var temp = new TempDirectory();
        using var timeout = TestTimeout.Start();
        var time = new ManualTimeProvider();
        var store = new SqliteDiscordStore(new StateDatabase(temp.Combine("state.db")), time, DiscordTimings.Default);
        var shard = new ShardInfo(1, 2);
        var maxAge = TimeSpan.FromMinutes(3);

        await store.SaveAsync(shard, new GatewaySession("abc", "wss://resume.example", 42), timeout.Token);
        var loaded = await store.LoadAsync(shard, maxAge, timeout.Token);
        var otherShard = await store.LoadAsync(new ShardInfo(0, 2), maxAge, timeout.Token);
        time.Advance(TimeSpan.FromMinutes(4));
        var stale = await store.LoadAsync(shard, maxAge, timeout.Token);
        await store.ClearAsync(shard, timeout.Token);

        Assert.Equal(new GatewaySession("abc", "wss://resume.example", 42), loaded);
        Assert.Null(otherShard);
        Assert.Null(stale);
        Assert.Null(await store.LoadAsync(shard, TimeSpan.FromDays(1), timeout.Token));
    }
}
