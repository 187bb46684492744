using HistoryBot.Core.Answers;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Chat.Commands;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Diagnostics;
using HistoryBot.Core.State;
using HistoryBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;

namespace HistoryBot.Core.Tests.Chat;

public sealed class ChatBotTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly Mock<IQueryService> _queries = new(MockBehavior.Strict);
    private readonly ManualTimeProvider _time = new();
    private readonly ChatBot _bot;
    private readonly System.Diagnostics.Metrics.IMeterFactory _meters;

    public ChatBotTests()
    {
        var options = Options.Create(new ChatOptions { QuestionsPerMinute = 6, MaxQuestionLength = 500 });
        var database = new SqliteStateDatabase(_temp.Combine("state.db"));
        var questions = new SqlQuestionStore(database, _time);
        var services = new ServiceCollection();
        services.AddSingleton(_queries.Object);
        services.AddSingleton<IQuestionStore>(questions);
        services.AddSingleton<Feedback.IFeedbackStore>(new SqlFeedbackStore(database, _time));
        services.AddSingleton<Gaps.IGapStore>(new SqlGapStore(database, _time));
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton(options);
        services.AddSingleton<RateLimiter>();
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<IChatCommand, AskCommand>();
        services.AddSingleton<IChatCommand, HelpCommand>();
        services.AddSingleton<IChatCommand, SourcesCommand>();
        services.AddSingleton<IChatCommand, StatusCommand>();
        var provider = services.BuildServiceProvider();
        _meters = provider.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();
        _bot = new ChatBot(provider.GetServices<IChatCommand>(),
            AnswerActions.Prefixes.Select(prefix => new AnswerActions(_queries.Object, questions, provider.GetRequiredService<RateLimiter>(), prefix)));
    }

    public void Dispose() => _temp.Dispose();

    private static ChatMessage Message(string text, ChatRole role = ChatRole.Member, string user = "u1") =>
        new(new ChatOrigin(Platform.Telegram, new ChatId("c1"), new UserId(user), "Ann", role, ChatKind.Group), text);

    private void AnswerEverything() =>
        _queries.Setup(q => q.AskAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string question, string? _, CancellationToken _) => FoundAnswer(question));

    private static Answer FoundAnswer(string question)
    {
        Passage Passage(int number) => new(
            new Citation(new SourceId("s"), "Title", "Section", number, "en"),
            new MarkedText("The Warsaw Pact was signed.", [new TextRange(4, 6)]),
            new MarkedText($"Paragraph {number}. The Warsaw Pact was signed.", []), 2.0 / number, 1);
        return new Answer(AnswerStatus.Found, question, "en", Passage(1), [Passage(2), Passage(3)], [Passage(1), Passage(2), Passage(3)]);
    }

    [Fact]
    public async Task Plain_text_is_a_question_and_the_answer_has_paging_and_source_buttons()
    {
        AnswerEverything();

        var reply = await _bot.HandleAsync(Message("Who signed the Warsaw Pact?"));

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal("Title", reply.Title);
        Assert.Contains(reply.Body.Spans, span => span.Text == "Warsaw" && span.Style == TextStyle.Bold);
        Assert.Contains(reply.Buttons, button => button.Label == BotTexts.MoreResults);
        Assert.Contains(reply.Buttons, button => button.Label == BotTexts.Source);
        Assert.All(reply.Buttons, button => Assert.True(System.Text.Encoding.UTF8.GetByteCount(button.Data) <= ReplyButton.MaxDataBytes));
    }

    [Fact]
    public async Task More_results_pages_through_alternatives_and_source_shows_the_paragraph()
    {
        AnswerEverything();
        var first = await _bot.HandleAsync(Message("/ask Who signed the Warsaw Pact?"));
        var more = first.Buttons.Single(button => button.Label == BotTexts.MoreResults);

        var second = await _bot.HandleActionAsync(new ChatAction(new ChatOrigin(Platform.Telegram, new ChatId("c1"), new UserId("u1"), "Ann", ChatRole.Member, ChatKind.Group), more.Data));
        var source = await _bot.HandleActionAsync(new ChatAction(new ChatOrigin(Platform.Telegram, new ChatId("c1"), new UserId("u1"), "Ann", ChatRole.Member, ChatKind.Group),
            second.Buttons.Single(button => button.Label == BotTexts.Source).Data));

        Assert.Contains("¶2", second.Footer);
        Assert.Contains(second.Buttons, button => button.Label == BotTexts.Previous);
        Assert.StartsWith("Paragraph 2.", source.Body.ToPlainText());
    }

    [Fact]
    public async Task A_not_found_near_miss_is_remembered_and_its_closest_passage_button_shows_the_passage()
    {
        // Arrange: the judge does not trust the one passage, which shares most of the question.
        var near = new Passage(new Citation(new SourceId("s"), "Title", null, 4, "en"),
            new MarkedText("Hungary joined the Warsaw Pact.", []), new MarkedText("Hungary joined the Warsaw Pact.", []), 1.0, 0.8);
        _queries.Setup(q => q.AskAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string question, string? _, CancellationToken _) => new Answer(AnswerStatus.NotFound, question, "en", null, [], [near], NotFoundReason.WeakMatch));
        var notFound = await _bot.HandleAsync(Message("When did Hungary leave the Warsaw Pact?"));
        var button = Assert.Single(notFound.Buttons);

        // Act
        var closest = await _bot.HandleActionAsync(new ChatAction(new ChatOrigin(Platform.Telegram, new ChatId("c1"), new UserId("u1"), "Ann", ChatRole.Member, ChatKind.Group), button.Data));

        // Assert
        Assert.Equal(ReplyKind.NotFound, notFound.Kind);
        Assert.Equal(BotTexts.ClosestPassage, button.Label);
        Assert.Equal(ReplyKind.Answer, closest.Kind);
        Assert.Equal("Hungary joined the Warsaw Pact.", closest.Body.ToPlainText());
        Assert.StartsWith(BotTexts.ClosestCaveat("en"), closest.Footer);
        _queries.Verify(q => q.AskAsync("When did Hungary leave the Warsaw Pact?", It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task A_command_addressed_with_the_bot_name_works()
    {
        AnswerEverything();

        var reply = await _bot.HandleAsync(Message("/ask@HistoryBot Who signed the Warsaw Pact?"));

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        _queries.Verify(q => q.AskAsync("Who signed the Warsaw Pact?", null, It.IsAny<CancellationToken>()));
    }

    [Theory]
    [InlineData(ChatRole.Member)]
    [InlineData(ChatRole.Moderator)]
    public async Task Admin_commands_are_refused_to_everyone_else_and_do_nothing(ChatRole role)
    {
        var reply = await _bot.HandleAsync(Message("/status", role));

        Assert.Equal(ReplyKind.Refusal, reply.Kind);
        Assert.True(reply.Private);
        _queries.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task The_seventh_question_in_a_minute_gets_a_rate_limit_notice_and_the_next_minute_is_fine()
    {
        AnswerEverything();
        for (var i = 0; i < 6; i++)
            Assert.Equal(ReplyKind.Answer, (await _bot.HandleAsync(Message($"question number {i}"))).Kind);

        var limited = await _bot.HandleAsync(Message("one too many"));
        var otherUser = await _bot.HandleAsync(Message("another user asks", user: "u2"));
        _time.Advance(TimeSpan.FromSeconds(61));
        var later = await _bot.HandleAsync(Message("after a minute"));

        Assert.Equal(ReplyKind.RateLimited, limited.Kind);
        Assert.Contains("wait", limited.Body.ToPlainText());
        Assert.Equal(ReplyKind.Answer, otherUser.Kind);
        Assert.Equal(ReplyKind.Answer, later.Kind);
        _queries.Verify(q => q.AskAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Exactly(8));
    }

    [Fact]
    public async Task Button_presses_count_against_the_question_limit()
    {
        AnswerEverything();
        var first = await _bot.HandleAsync(Message("Who signed the Warsaw Pact?"));
        var more = first.Buttons.Single(button => button.Label == BotTexts.MoreResults);
        var press = new ChatAction(new ChatOrigin(Platform.Telegram, new ChatId("c1"), new UserId("u1"), "Ann", ChatRole.Member, ChatKind.Group), more.Data);
        for (var i = 0; i < 5; i++)
            Assert.Equal(ReplyKind.Answer, (await _bot.HandleActionAsync(press)).Kind);

        var limited = await _bot.HandleActionAsync(press);
        var question = await _bot.HandleAsync(Message("and one more question"));

        Assert.Equal(ReplyKind.RateLimited, limited.Kind);
        Assert.True(limited.Private);
        Assert.Equal(ReplyKind.RateLimited, question.Kind);
        _queries.Verify(q => q.AskAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Exactly(6));
    }

    [Fact]
    public async Task The_terminal_user_is_never_rate_limited()
    {
        AnswerEverything();

        var replies = new List<Reply>();
        for (var i = 0; i < 20; i++)
        {
            var message = Message($"question {i}", ChatRole.Admin);
            replies.Add(await _bot.HandleAsync(message with { Origin = message.Origin with { Platform = Platform.Console } }));
        }

        Assert.All(replies, reply => Assert.Equal(ReplyKind.Answer, reply.Kind));
    }

    [Fact]
    public async Task While_the_library_cannot_be_indexed_members_get_a_neutral_message_and_admins_the_reason()
    {
        _queries.Setup(q => q.AskAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HistoryBot.Core.Search.IndexBuildException("No paragraphs to index: every document was skipped (/srv/secret/sources/scan.txt: binary file)."));

        var member = await _bot.HandleAsync(Message("Who signed the Warsaw Pact?"));
        var admin = await _bot.HandleAsync(Message("Who signed the Warsaw Pact?", ChatRole.Admin, user: "admin"));

        Assert.Equal(ReplyKind.Error, member.Kind);
        Assert.DoesNotContain("scan.txt", member.Body.ToPlainText());
        Assert.DoesNotContain("/srv", member.Body.ToPlainText());
        Assert.Contains("scan.txt", admin.Body.ToPlainText());
    }

    [Fact]
    public async Task An_over_long_question_gets_a_clear_message_and_no_search()
    {
        var reply = await _bot.HandleAsync(Message(new string('x', 501)));

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains("500", reply.Body.ToPlainText());
        _queries.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("/status")]
    [InlineData("!status")]
    [InlineData("\n\n  /status")]
    public async Task Quoted_text_is_always_a_question_even_when_it_reads_like_a_command(string quoted)
    {
        AnswerEverything();

        var reply = await _bot.HandleAsync(Message(quoted, ChatRole.Admin) with { IsQuoted = true });

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        _queries.Verify(q => q.AskAsync(quoted.Trim(), null, It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task An_unknown_command_points_to_help()
    {
        var reply = await _bot.HandleAsync(Message("/frobnicate now"));

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains("/help", reply.Body.ToPlainText());
    }

    [Fact]
    public async Task Help_lists_only_the_commands_the_user_may_run()
    {
        var member = await _bot.HandleAsync(Message("/help"));
        var admin = await _bot.HandleAsync(Message("/start", ChatRole.Admin));

        Assert.DoesNotContain("/status", member.Body.ToPlainText());
        Assert.Contains("/status", admin.Body.ToPlainText());
    }

    [Fact]
    public async Task A_failure_inside_a_command_becomes_a_clear_reply_not_an_exception()
    {
        _queries.Setup(q => q.AskAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("disk gone"));

        var reply = await _bot.HandleAsync(Message("Who signed?"));

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.DoesNotContain("disk gone", reply.Body.ToPlainText());
    }

    [Fact]
    public async Task Every_question_outcome_is_counted_by_platform()
    {
        var recorded = new List<(string Outcome, string Platform)>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this test's meter: other tests run in parallel with their own.
            if (instrument.Meter.Scope == _meters && instrument.Name == "historybot.questions")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var byName = tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value?.ToString());
            lock (recorded)
                recorded.Add((byName["outcome"]!, byName["platform"]!));
        });
        listener.Start();
        _queries.Setup(q => q.AskAsync("found", It.IsAny<string?>(), It.IsAny<CancellationToken>())).ReturnsAsync(FoundAnswer("found"));
        _queries.Setup(q => q.AskAsync("missing", It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Answer(AnswerStatus.NotFound, "missing", "en", null, [], [], NotFoundReason.NoMatch));

        await _bot.HandleAsync(Message("found"));
        await _bot.HandleAsync(Message("missing"));
        await _bot.HandleAsync(Message(new string('x', 600)));
        // Six questions a minute: two so far, four more, then one too many.
        for (var i = 0; i < 4; i++)
            await _bot.HandleAsync(Message("found"));
        await _bot.HandleAsync(Message("found"));

        Assert.Equal(["found", "not_found", "refused", "found", "found", "found", "found", "rate_limited"], recorded.Select(r => r.Outcome));
        Assert.All(recorded, r => Assert.Equal("telegram", r.Platform));
    }

    [Fact]
    public async Task A_stale_button_asks_to_ask_again()
    {
        var reply = await _bot.HandleActionAsync(new ChatAction(new ChatOrigin(Platform.Discord, new ChatId("c"), new UserId("u"), "Bo", ChatRole.Member, ChatKind.Group), "more:unknownkey:1"));

        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains("ask it again", reply.Body.ToPlainText());
    }
}
