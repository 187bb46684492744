using HistoryBot.Core.Chat;
using HistoryBot.Core.Settings;
using HistoryBot.Core.State;
using HistoryBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Xunit;

namespace HistoryBot.Core.Tests.State;

/// <summary>Chat settings on each provider (SQLite always, PostgreSQL where a server is configured), and their cache.</summary>
public sealed class ChatSettingsStoreTests
{
    private static readonly ChatId Chat = new("-1001");

    private static ChatSettingsCache Cache(IStateDatabase database, TimeProvider time) =>
        new(new SqlChatSettingsStore(database), time, NullLogger<ChatSettingsCache>.Instance);

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task Settings_survive_a_restart_and_a_second_change_replaces_the_first(StateProvider provider)
    {
        using var state = new TestStateDatabase(provider);
        // Arrange
        var at = new DateTimeOffset(2026, 12, 3, 18, 40, 0, TimeSpan.Zero);
        await new SqlChatSettingsStore(state.Open()).SaveAsync(Platform.Telegram, Chat, new ChatSettings(QuestionMode.All, "ro", true, at, "@carol"));
        await new SqlChatSettingsStore(state.Open()).SaveAsync(Platform.Telegram, Chat, new ChatSettings(QuestionMode.All, null, true, at.AddMinutes(1), "@dan"));

        // Act: a new store on the same database, as after a restart.
        var reopened = new SqlChatSettingsStore(state.Open());
        var saved = await reopened.GetAsync(Platform.Telegram, Chat);
        var otherPlatform = await reopened.GetAsync(Platform.Discord, Chat);

        // Assert
        Assert.Equal(new ChatSettings(QuestionMode.All, null, true, at.AddMinutes(1), "@dan"), saved);
        Assert.Null(otherPlatform);
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task A_change_applies_at_once_in_its_process_and_in_another_replica_once_its_cached_copy_expires(StateProvider provider)
    {
        using var state = new TestStateDatabase(provider);
        // Arrange: two replicas on one database; the second has read the defaults.
        var time = new ManualTimeProvider();
        var first = Cache(state.Open(), time);
        var second = Cache(state.Open(), time);
        Assert.Equal(ChatSettings.Default, await second.GetAsync(Platform.Discord, Chat));

        // Act
        await first.SaveAsync(Platform.Discord, Chat, ChatSettings.Default with { Questions = QuestionMode.All });
        var here = await first.GetAsync(Platform.Discord, Chat);
        var thereAtOnce = await second.GetAsync(Platform.Discord, Chat);
        time.Advance(ChatSettingsCache.Lifetime);
        var thereLater = await second.GetAsync(Platform.Discord, Chat);

        // Assert
        Assert.Equal(QuestionMode.All, here.Questions);
        Assert.Equal(QuestionMode.Mentions, thereAtOnce.Questions);
        Assert.Equal(QuestionMode.All, thereLater.Questions);
    }

    [Fact(Timeout = 10_000)]
    public async Task When_the_database_cannot_be_read_the_last_known_settings_are_used_and_else_the_defaults()
    {
        // Arrange: the database answers once, then fails.
        var time = new ManualTimeProvider();
        var store = new Mock<IChatSettingsStore>();
        store.SetupSequence(s => s.GetAsync(Platform.Telegram, Chat, It.IsAny<CancellationToken>()))
            .ReturnsAsync(ChatSettings.Default with { Threads = true })
            .ThrowsAsync(new InvalidOperationException("database is down"));
        store.Setup(s => s.GetAsync(Platform.Telegram, new ChatId("other"), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("database is down"));
        var cache = new ChatSettingsCache(store.Object, time, NullLogger<ChatSettingsCache>.Instance);
        await cache.GetAsync(Platform.Telegram, Chat);
        time.Advance(ChatSettingsCache.Lifetime);

        // Act
        var known = await cache.GetAsync(Platform.Telegram, Chat);
        var unknown = await cache.GetAsync(Platform.Telegram, new ChatId("other"));

        // Assert
        Assert.True(known.Threads);
        Assert.Equal(ChatSettings.Default, unknown);
        store.Verify(s => s.GetAsync(Platform.Telegram, Chat, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }
}
