using HistoryBot.Core.Answers;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Chat.Commands;
using HistoryBot.Core.Diagnostics;
using HistoryBot.Core.Feedback;
using HistoryBot.Core.Gaps;
using HistoryBot.Core.Settings;
using HistoryBot.Core.State;
using HistoryBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Tests.Chat;

/// <summary>/settings through the real chat core over the real library: who may change what, bad input, and the chat's default language.</summary>
public sealed class SettingsTests : IClassFixture<LibraryFixture>, IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ManualTimeProvider _time = new();
    private readonly ServiceProvider _provider;
    private readonly IChatBot _bot;

    public SettingsTests(LibraryFixture fixture)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IQueryService>(fixture.Library.Queries);
        services.AddSingleton<IStateDatabase>(new SqliteStateDatabase(_temp.Combine("state.db")));
        services.AddSingleton<IQuestionStore, SqlQuestionStore>();
        services.AddSingleton<IFeedbackStore, SqlFeedbackStore>();
        services.AddSingleton<IGapStore, SqlGapStore>();
        services.AddSingleton<IAuditLog, SqlAuditLog>();
        services.AddSingleton<HistoryBot.Core.Administration.AdminAudit>();
        services.AddSingleton<IChatSettingsStore, SqlChatSettingsStore>();
        services.AddSingleton<ChatSettingsCache>();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton(Options.Create(new ChatOptions { QuestionsPerMinute = 100, MaxQuestionLength = 500 }));
        services.AddSingleton<RateLimiter>();
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<IChatCommand, AskCommand>();
        services.AddSingleton<IChatCommand, SettingsCommand>();
        services.AddSingleton<IChatBot>(provider => new ChatBot(provider.GetServices<IChatCommand>(), [], NullLogger<ChatBot>.Instance,
            provider.GetRequiredService<IFeedbackStore>(), _time, provider.GetRequiredService<ChatSettingsCache>()));
        _provider = services.BuildServiceProvider();
        _bot = _provider.GetRequiredService<IChatBot>();
    }

    public void Dispose()
    {
        _provider.Dispose();
        _temp.Dispose();
    }

    private static ChatMessage Message(string text, ChatRole role = ChatRole.Member, string chat = "g1", string? hint = null) =>
        new(new ChatOrigin(Platform.Telegram, new ChatId(chat), new UserId(role.ToString()), "Name of " + role, role, ChatKind.Group, hint), text);

    /// <summary>The citation line of an answer: source · section · ¶n · language · page.</summary>
    private static string Citation(Reply reply) => reply.Footer!.Split('\n')[^1];

    private Task<ChatSettings> StoredAsync(string chat) =>
        _provider.GetRequiredService<ChatSettingsCache>().GetAsync(Platform.Telegram, new ChatId(chat)).AsTask();

    [Fact]
    public async Task A_member_is_refused_and_nothing_changes()
    {
        // Act
        var reply = await _bot.HandleAsync(Message("/settings questions all"));

        // Assert
        Assert.Equal(ReplyKind.Refusal, reply.Kind);
        Assert.Equal("Only moderators (chat administrators) may use /settings.", reply.Body.ToPlainText());
        Assert.Equal(ChatSettings.Default, await StoredAsync("g1"));
    }

    [Fact]
    public async Task A_moderator_sees_the_defaults_then_changes_all_three_settings_in_one_command_for_this_chat_only()
    {
        // Act
        var before = await _bot.HandleAsync(Message("/settings", ChatRole.Moderator));
        var changed = await _bot.HandleAsync(Message("/settings questions all language lt threads on", ChatRole.Moderator));

        // Assert
        Assert.Equal("Settings of this chat", before.Title);
        Assert.Contains("Questions: mentions — only commands, mentions of me and replies to me (default)", before.Body.ToPlainText());
        Assert.Contains("Language: auto", before.Body.ToPlainText());
        Assert.Contains("Threads: off", before.Body.ToPlainText());
        Assert.True(before.Private);
        var text = changed.Body.ToPlainText();
        Assert.StartsWith("Changed: questions all, language lt, threads on.", text);
        Assert.Contains("Questions: all — every message here is a question", text);
        Assert.Contains("Language: lt — Lithuanian when a question's language is unclear", text);
        Assert.Contains("Threads: on — every message of a reply longer than 400 characters replies to the question", text);
        Assert.Contains("Last changed by Name of Moderator", text);
        var stored = await StoredAsync("g1");
        Assert.Equal((QuestionMode.All, "lt", true), (stored.Questions, stored.Language, stored.Threads));
        Assert.Equal(ChatSettings.Default, await StoredAsync("g2"));
        var audit = await _provider.GetRequiredService<IAuditLog>().RecentAsync(5);
        Assert.Contains(audit, entry => entry.Action == "settings questions all, language lt, threads on" && entry.Result == "ok: questions all, language lt, threads on");
    }

    [Theory]
    [InlineData("/settings questions everything", "\"questions\" is all (every message here is a question) or mentions (only commands, mentions and replies to me), not \"everything\".")]
    [InlineData("/settings language xx", "\"language\" is auto, en, lt, ro or tl, not \"xx\".")]
    [InlineData("/settings threads maybe", "\"threads\" is on or off, not \"maybe\".")]
    [InlineData("/settings threads", "\"threads\" is on or off, but no value was given.")]
    [InlineData("/settings colour blue", "I have no setting \"colour\": the settings are questions, language and threads.")]
    [InlineData("/settings questions all threads maybe", "\"threads\" is on or off, not \"maybe\".")]
    public async Task A_bad_value_gets_a_message_saying_what_is_accepted_is_audited_and_changes_nothing(string command, string expected)
    {
        // Act
        var reply = await _bot.HandleAsync(Message(command, ChatRole.Moderator));

        // Assert
        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.StartsWith(expected + "\nNothing was changed.", reply.Body.ToPlainText());
        Assert.Contains("/settings questions all|mentions", reply.Body.ToPlainText());
        Assert.Equal(ChatSettings.Default, await StoredAsync("g1"));
        var audit = await _provider.GetRequiredService<IAuditLog>().RecentAsync(1);
        Assert.StartsWith("rejected: ", Assert.Single(audit).Result);
    }

    [Fact]
    public async Task The_chats_language_answers_a_question_whose_language_is_unclear_and_says_not_found_in_it()
    {
        // Arrange: "NATO 1954?" names no language; the asker's app is in English.
        var before = await _bot.HandleAsync(Message("NATO 1954?", hint: "en"));
        var notFoundBefore = await _bot.HandleAsync(Message("Everest 8848?", hint: "en"));
        await _bot.HandleAsync(Message("/settings language lt", ChatRole.Moderator));

        // Act
        var after = await _bot.HandleAsync(Message("NATO 1954?", hint: "en"));
        var notFoundAfter = await _bot.HandleAsync(Message("Everest 8848?", hint: "en"));
        var clearlyEnglish = await _bot.HandleAsync(Message("When did the USSR ask to join NATO?", hint: "en"));
        var elsewhere = await _bot.HandleAsync(Message("Everest 8848?", chat: "g2", hint: "en"));

        // Assert
        Assert.Equal(ReplyKind.Answer, before.Kind);
        Assert.Contains(" · English", Citation(before));
        Assert.Equal("I could not find an answer to that in my sources. My sources never mention “Everest”.", notFoundBefore.Body.ToPlainText());
        Assert.Equal(ReplyKind.Answer, after.Kind);
        Assert.Contains(" · Lithuanian", Citation(after));
        // Read as Lithuanian, "Everest" is no word WordNet (English) can call a topic the sources leave out.
        Assert.Equal("Savo šaltiniuose atsakymo į šį klausimą neradau.", notFoundAfter.Body.ToPlainText());
        Assert.Contains(" · English", Citation(clearlyEnglish));
        Assert.Equal("I could not find an answer to that in my sources. My sources never mention “Everest”.", elsewhere.Body.ToPlainText());
    }
}
