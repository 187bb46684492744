using HistoryBot.Core.State;
using HistoryBot.Testing;
using Xunit;

namespace HistoryBot.Core.Tests.State;

/// <summary>The Telegram state (webhook inbox, blocked chats, handled update ids), on each provider.</summary>
public sealed class TelegramStateStoreTests
{
    private const long BotId = 123456789;

    private readonly ManualTimeProvider _clock = new();

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task An_update_is_handled_once_and_a_dead_process_claim_is_taken_over_after_a_minute(StateProvider provider)
    {
        // Arrange: two stores on one database are two processes.
        using var state = new TestStateDatabase(provider);
        var crashed = Store(state);
        var restarted = Store(state);

        // Act
        var first = await crashed.TryBeginAsync(7);
        var againInSameProcess = await crashed.TryBeginAsync(7);
        var whileTheClaimIsFresh = await restarted.TryBeginAsync(7);
        _clock.Advance(SqlTelegramStateStore.ClaimTakeOver + TimeSpan.FromSeconds(1));
        var takenOver = await restarted.TryBeginAsync(7);
        await restarted.CompleteAsync(7);
        var afterDone = await Store(state).TryBeginAsync(7);

        // Assert
        Assert.True(first);
        Assert.False(againInSameProcess);
        Assert.False(whileTheClaimIsFresh);
        Assert.True(takenOver);
        Assert.False(afterDone);
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task An_update_abandoned_by_a_stopping_process_is_taken_by_the_next_one_at_once(StateProvider provider)
    {
        // Arrange
        using var state = new TestStateDatabase(provider);
        var stopping = Store(state);
        await stopping.TryBeginAsync(9);

        // Act
        await stopping.AbandonAsync(9);
        var next = await Store(state).TryBeginAsync(9);

        // Assert
        Assert.True(next);
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task Received_webhook_updates_stay_unfinished_until_handled(StateProvider provider)
    {
        // Arrange
        using var state = new TestStateDatabase(provider);
        var receiver = Store(state);

        // Act
        var received = await receiver.TryReceiveAsync(1, "{\"update_id\":1}");
        var twice = await receiver.TryReceiveAsync(1, "{\"update_id\":1}");
        await receiver.TryReceiveAsync(2, "{\"update_id\":2}");
        var next = Store(state);
        await next.TryBeginAsync(2);
        await next.CompleteAsync(2);
        var handledAlready = await receiver.TryReceiveAsync(2, "{\"update_id\":2}");

        // Assert
        Assert.True(received);
        Assert.False(twice);
        Assert.False(handledAlready);
        Assert.Equal(["{\"update_id\":1}"], await Store(state).UnfinishedAsync());
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task An_update_another_live_replica_is_handling_is_not_unfinished_for_the_others(StateProvider provider)
    {
        // Arrange
        using var state = new TestStateDatabase(provider);
        var handling = Store(state);
        await handling.TryReceiveAsync(5, "{\"update_id\":5}");
        await handling.TryBeginAsync(5);

        // Act
        var whileHandled = await Store(state).UnfinishedAsync();
        _clock.Advance(SqlTelegramStateStore.ClaimTakeOver + TimeSpan.FromSeconds(1));
        var afterItDied = await Store(state).UnfinishedAsync();

        // Assert
        Assert.Empty(whileHandled);
        Assert.Equal(["{\"update_id\":5}"], afterItDied);
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task Blocked_chats_are_remembered_per_bot(StateProvider provider)
    {
        // Arrange
        using var state = new TestStateDatabase(provider);
        var store = Store(state);
        var otherBot = Store(state, 987654321);

        // Act
        await store.BlockAsync(-100, "Forbidden: bot was kicked");
        var blocked = await Store(state).IsBlockedAsync(-100);
        var blockedForOtherBot = await otherBot.IsBlockedAsync(-100);
        var unblocked = await store.UnblockAsync(-100);
        var unblockedTwice = await store.UnblockAsync(-100);

        // Assert
        Assert.True(blocked);
        Assert.False(blockedForOtherBot);
        Assert.True(unblocked);
        Assert.False(unblockedTwice);
        Assert.False(await store.IsBlockedAsync(-100));
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task Old_handled_update_ids_are_purged(StateProvider provider)
    {
        // Arrange
        using var state = new TestStateDatabase(provider);
        var store = Store(state);
        await store.TryBeginAsync(1);
        await store.CompleteAsync(1);
        _clock.Advance(TimeSpan.FromDays(8));
        await store.TryBeginAsync(2);
        await store.CompleteAsync(2);

        // Act
        var purged = await store.PurgeAsync(_clock.GetUtcNow() - TimeSpan.FromDays(7));

        // Assert
        Assert.Equal(1, purged);
        Assert.False(await Store(state).TryBeginAsync(2));
    }

    private SqlTelegramStateStore Store(TestStateDatabase state, long botId = BotId)
    {
        var database = state.Open();
        return new SqlTelegramStateStore(database, new SqlHandledOnceStore(database, _clock), _clock, botId);
    }
}
