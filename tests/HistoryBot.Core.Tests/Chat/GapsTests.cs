using HistoryBot.Core.Answers;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Chat.Commands;
using HistoryBot.Core.Diagnostics;
using HistoryBot.Core.Feedback;
using HistoryBot.Core.Gaps;
using HistoryBot.Core.State;
using HistoryBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Tests.Chat;

/// <summary>/gaps over the real library: unanswered questions grouped by wording, 👎 answers, who may see what.</summary>
public sealed class GapsTests : IClassFixture<LibraryFixture>, IDisposable
{
    private static readonly string[] Answerable =
    [
        "When did the USSR, BSSR and Ukrainian SSR submit their request to join NATO?",
        "When did the US, France and England refuse to admit the Soviet Union?",
        "Which countries signed the Warsaw Pact?",
        "When did Eisenhower voice the principles of the international security system?",
        "Which two documents did the USSR send?",
        "Who shot down the South Korean plane?",
        "When did Stalin meet the French ambassador?",
        "Why did the Soviet Union create the Warsaw Pact Organization?",
        "What did Khrushchev order after the Berlin meeting?",
        "When did the USSR ask to join NATO?",
    ];

    private static readonly string[] Boiling =
        ["What is the boiling point of water?", "What is the boiling point of water?", "What is the boiling point of water at sea level?", "Boiling point of water?"];

    private static readonly string[] Everest = ["How tall is Mount Everest?", "How high is Mount Everest?", "How tall is Mount Everest?"];

    private static readonly string[] Basketball =
        ["Kas yra geriausias krepšininkas pasaulyje?", "Kas geriausias krepšininkas pasaulyje?", "Kas yra geriausias krepšininkas pasaulyje?"];

    private readonly TempDirectory _temp = new();
    private readonly ManualTimeProvider _time = new();
    private readonly ServiceProvider _provider;
    private readonly IChatBot _bot;

    public GapsTests(LibraryFixture fixture)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IQueryService>(fixture.Library.Queries);
        services.AddSingleton(fixture.Library.Analyzer);
        services.AddSingleton<IStateDatabase>(new SqliteStateDatabase(_temp.Combine("state.db")));
        services.AddSingleton<IQuestionStore, SqlQuestionStore>();
        services.AddSingleton<IFeedbackStore, SqlFeedbackStore>();
        services.AddSingleton<IGapStore, SqlGapStore>();
        services.AddSingleton<IAuditLog, SqlAuditLog>();
        services.AddSingleton<HistoryBot.Core.Administration.AdminAudit>();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton(Options.Create(new ChatOptions { QuestionsPerMinute = 100, MaxQuestionLength = 500 }));
        services.AddSingleton(Options.Create(new RetentionOptions()));
        services.AddSingleton<RateLimiter>();
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<GapReport>();
        services.AddSingleton<GapDigestSignal>();
        services.AddSingleton<IChatCommand, AskCommand>();
        services.AddSingleton<IChatCommand, GapsCommand>();
        services.AddSingleton<IChatActionHandler, VoteActions>();
        services.AddSingleton<IChatActionHandler, VoteReasonActions>();
        services.AddSingleton<IChatBot>(provider => new ChatBot(provider.GetServices<IChatCommand>(), provider.GetServices<IChatActionHandler>(),
            NullLogger<ChatBot>.Instance, provider.GetRequiredService<IFeedbackStore>(), _time));
        _provider = services.BuildServiceProvider();
        _bot = _provider.GetRequiredService<IChatBot>();
    }

    public void Dispose()
    {
        _provider.Dispose();
        _temp.Dispose();
    }

    private static ChatOrigin Origin(string user, ChatRole role = ChatRole.Member, string chat = "c1") =>
        new(Platform.Telegram, new ChatId(chat), new UserId(user), "Name of " + user, role, ChatKind.Group);

    private static string Vote(Reply reply, string symbol) => reply.Buttons.Single(button => button.Label.StartsWith(symbol, StringComparison.Ordinal)).Data;

    [Fact]
    public async Task Thirty_questions_and_votes_give_the_unanswered_grouped_with_counts_and_the_downvoted_answers()
    {
        // Arrange: 20 answered questions (each of ten asked twice, by two users), 10 unanswerable in three topics with small wording changes.
        var answers = new List<Reply>();
        foreach (var question in Answerable)
        {
            answers.Add(await _bot.HandleAsync(new ChatMessage(Origin("ann"), question)));
            answers.Add(await _bot.HandleAsync(new ChatMessage(Origin("bob"), question)));
            _time.Advance(TimeSpan.FromMinutes(1));
        }
        var unanswered = new List<Reply>();
        foreach (var question in Boiling.Concat(Everest).Concat(Basketball))
        {
            unanswered.Add(await _bot.HandleAsync(new ChatMessage(Origin("cid"), question)));
            _time.Advance(TimeSpan.FromMinutes(1));
        }
        // Two 👎 on the Warsaw Pact answer (one with a reason), one 👍 elsewhere.
        var warsaw = answers[4];
        var down = await _bot.HandleActionAsync(new ChatAction(Origin("ann"), Vote(warsaw, "👎")));
        await _bot.HandleActionAsync(new ChatAction(Origin("ann"), down.AskReason!.Data, "It lists only some countries"));
        await _bot.HandleActionAsync(new ChatAction(Origin("bob"), Vote(warsaw, "👎")));
        await _bot.HandleActionAsync(new ChatAction(Origin("bob"), Vote(answers[0], "👍")));

        // Act
        var report = await _bot.HandleAsync(new ChatMessage(Origin("admin", ChatRole.Admin, chat: "private"), "/gaps 7d"));
        var text = report.Body.ToPlainText();

        // Assert
        Assert.All(answers, reply => Assert.Equal(ReplyKind.Answer, reply.Kind));
        Assert.All(unanswered, reply => Assert.Equal(ReplyKind.NotFound, reply.Kind));
        Assert.Equal("Coverage gaps, last 7 days (all chats)", report.Title);
        Assert.Contains("Not found — English", text);
        Assert.Contains("4× “What is the boiling point of water?” (+2 similar)", text);
        Assert.Contains("3× “How tall is Mount Everest?” (+1 similar)", text);
        Assert.Contains("Not found — Lithuanian", text);
        Assert.Contains("3× “Kas yra geriausias krepšininkas pasaulyje?” (+1 similar)", text);
        Assert.Contains("Most 👎 — English", text);
        Assert.Contains("2× 👎 “Which countries signed the Warsaw Pact?”", text);
        Assert.Contains("“It lists only some countries”", text);
        Assert.DoesNotContain("Soviet Union?”", text);
        Assert.DoesNotContain("Name of", text);
        Assert.True(report.Private);
    }

    [Fact]
    public async Task Moderators_see_their_own_chat_members_are_refused_and_old_questions_fall_out_of_the_period()
    {
        // Arrange
        await _bot.HandleAsync(new ChatMessage(Origin("ann", chat: "c1"), "What is the boiling point of water?"));
        await _bot.HandleAsync(new ChatMessage(Origin("ann", chat: "c2"), "How tall is Mount Everest?"));
        _time.Advance(TimeSpan.FromDays(10));
        await _bot.HandleAsync(new ChatMessage(Origin("ann", chat: "c1"), "Boiling point of water?"));

        // Act
        var member = await _bot.HandleAsync(new ChatMessage(Origin("ann", chat: "c1"), "/gaps"));
        var moderator = await _bot.HandleAsync(new ChatMessage(Origin("mod", ChatRole.Moderator, chat: "c1"), "/gaps"));
        var lastWeek = await _bot.HandleAsync(new ChatMessage(Origin("mod", ChatRole.Moderator, chat: "c1"), "/gaps 7d"));
        var bad = await _bot.HandleAsync(new ChatMessage(Origin("mod", ChatRole.Moderator, chat: "c1"), "/gaps forever"));

        // Assert
        Assert.Equal(ReplyKind.Refusal, member.Kind);
        Assert.Equal("Only moderators (chat administrators) may use /gaps.", member.Body.ToPlainText());
        Assert.Equal("Coverage gaps, last 30 days (this chat)", moderator.Title);
        Assert.Contains("2× “Boiling point of water?” (+1 similar)", moderator.Body.ToPlainText());
        Assert.DoesNotContain("Everest", moderator.Body.ToPlainText());
        Assert.Contains("1× “Boiling point of water?”", lastWeek.Body.ToPlainText());
        Assert.Equal(ReplyKind.Error, bad.Kind);
    }
}
