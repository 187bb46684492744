using HistoryBot.Core.State;
using HistoryBot.Telegram.State;
using HistoryBot.Testing;
using Microsoft.Extensions.Options;
using Xunit;

namespace HistoryBot.Telegram.Tests.State;

public sealed class SqliteTelegramStateStoreTests : IDisposable
{
    private const string Token = "123456789:TEST-fake_token_abcdefghijklmnopqrstu";

    private readonly TempDirectory _folder = new();
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task An_update_is_handled_once_and_a_crashed_claim_is_taken_over()
    {
        // Arrange: two stores on one file are two processes, one after the other.
        var crashed = Store();
        var restarted = Store();

        // Act
        var first = await crashed.TryBeginAsync(7);
        var againInSameProcess = await crashed.TryBeginAsync(7);
        var takenOver = await restarted.TryBeginAsync(7);
        await restarted.CompleteAsync(7);
        var afterDone = await Store().TryBeginAsync(7);

        // Assert
        Assert.True(first);
        Assert.False(againInSameProcess);
        Assert.True(takenOver);
        Assert.False(afterDone);
    }

    [Fact]
    public async Task Received_webhook_updates_stay_unfinished_until_handled()
    {
        // Arrange
        var receiver = Store();

        // Act
        var received = await receiver.TryReceiveAsync(1, "{\"update_id\":1}");
        var twice = await receiver.TryReceiveAsync(1, "{\"update_id\":1}");
        await receiver.TryReceiveAsync(2, "{\"update_id\":2}");
        var next = Store();
        await next.TryBeginAsync(2);
        await next.CompleteAsync(2);

        // Assert
        Assert.True(received);
        Assert.False(twice);
        Assert.Equal(["{\"update_id\":1}"], await Store().UnfinishedAsync());
    }

    [Fact]
    public async Task Blocked_chats_are_remembered_per_bot()
    {
        // Arrange
        var store = Store();
        var otherBot = Store("987654321:OTHER-token_abcdefghijklmnopqrs");

        // Act
        await store.BlockAsync(-100, "Forbidden: bot was kicked");
        var blocked = await Store().IsBlockedAsync(-100);
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

    [Fact]
    public async Task Old_handled_update_ids_are_purged()
    {
        // Arrange
        var store = Store();
        await store.TryBeginAsync(1);
        await store.CompleteAsync(1);
        _clock.Advance(TimeSpan.FromDays(8));
        await store.TryBeginAsync(2);
        await store.CompleteAsync(2);

        // Act
        var purged = await store.PurgeAsync(_clock.GetUtcNow() - TimeSpan.FromDays(7));

        // Assert
        Assert.Equal(1, purged);
        Assert.False(await Store().TryBeginAsync(2));
    }

    public void Dispose() => _folder.Dispose();

    private SqliteTelegramStateStore Store(string token = Token) =>
        new(new StateDatabase(_folder.Combine("state.db")), Options.Create(new TelegramOptions { Token = token }), _clock);
}
