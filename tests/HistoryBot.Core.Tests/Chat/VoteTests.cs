using HistoryBot.Core.Answers;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Chat.Commands;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Diagnostics;
using HistoryBot.Core.Feedback;
using HistoryBot.Core.State;
using HistoryBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;

namespace HistoryBot.Core.Tests.Chat;

/// <summary>👍/👎 under answers through the chat core: the buttons, one vote per user, the reason of a 👎, the limit and the meter.</summary>
public sealed class VoteTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly Mock<IQueryService> _queries = new(MockBehavior.Strict);
    private readonly ManualTimeProvider _time = new();
    private readonly ServiceProvider _provider;
    private readonly IChatBot _bot;

    public VoteTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton(_queries.Object);
        services.AddSingleton<IStateDatabase>(new SqliteStateDatabase(_temp.Combine("state.db")));
        services.AddSingleton<IQuestionStore, SqlQuestionStore>();
        services.AddSingleton<IFeedbackStore, SqlFeedbackStore>();
        services.AddSingleton<Gaps.IGapStore, SqlGapStore>();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton(Options.Create(new ChatOptions { QuestionsPerMinute = 6, MaxQuestionLength = 500 }));
        services.AddSingleton<RateLimiter>();
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<IChatCommand, AskCommand>();
        services.AddSingleton<IChatActionHandler, VoteActions>();
        services.AddSingleton<IChatActionHandler, VoteReasonActions>();
        services.AddSingleton<IChatActionHandler>(provider => new AnswerActions(_queries.Object, provider.GetRequiredService<IQuestionStore>(),
            provider.GetRequiredService<RateLimiter>(), AnswerReplies.MorePrefix, provider.GetRequiredService<IFeedbackStore>()));
        services.AddSingleton<IChatBot, ChatBot>();
        _provider = services.BuildServiceProvider();
        _bot = _provider.GetRequiredService<IChatBot>();
        _queries.Setup(q => q.AskAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string question, string? _, CancellationToken _) => FoundAnswer(question));
    }

    public void Dispose()
    {
        _provider.Dispose();
        _temp.Dispose();
    }

    private static ChatOrigin Origin(string user, string chat = "c1") =>
        new(Platform.Telegram, new ChatId(chat), new UserId(user), "Name of " + user, ChatRole.Member, ChatKind.Group);

    private static Answer FoundAnswer(string question)
    {
        Passage Passage(int number) => new(
            new Citation(new SourceId("s"), "Title", null, number, "en"),
            new MarkedText("The Warsaw Pact was signed.", [new TextRange(4, 6)]),
            new MarkedText($"Paragraph {number}. The Warsaw Pact was signed.", []), 2.0 / number, 1);
        return new Answer(AnswerStatus.Found, question, "en", Passage(1), [Passage(2)], [Passage(1), Passage(2)]);
    }

    private static string Data(Reply reply, string label) => reply.Buttons.Single(button => button.Label.StartsWith(label, StringComparison.Ordinal)).Data;

    private static string Label(Reply reply, string symbol) => reply.Buttons.Single(button => button.Label.StartsWith(symbol, StringComparison.Ordinal)).Label;

    [Fact]
    public async Task Every_answer_has_thumbs_buttons_within_the_button_data_limit()
    {
        // Act
        var reply = await _bot.HandleAsync(new ChatMessage(Origin("ann"), "Who signed the Warsaw Pact?"));

        // Assert
        Assert.Equal("👍", Label(reply, "👍"));
        Assert.Equal("👎", Label(reply, "👎"));
        Assert.All(reply.Buttons, button => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(button.Data), 1, ReplyButton.MaxDataBytes));
    }

    [Fact]
    public async Task A_vote_shows_on_the_buttons_and_a_second_press_changes_or_withdraws_it()
    {
        // Arrange
        var answer = await _bot.HandleAsync(new ChatMessage(Origin("ann"), "Who signed the Warsaw Pact?"));
        var up = Data(answer, "👍");
        var down = Data(answer, "👎");

        // Act
        var annUp = await _bot.HandleActionAsync(new ChatAction(Origin("ann"), up));
        var bobUp = await _bot.HandleActionAsync(new ChatAction(Origin("bob"), up));
        var annDown = await _bot.HandleActionAsync(new ChatAction(Origin("ann"), down));
        var annDownAgain = await _bot.HandleActionAsync(new ChatAction(Origin("ann"), down));
        var askedAgain = await _bot.HandleAsync(new ChatMessage(Origin("cid"), "Who signed the Warsaw Pact?"));

        // Assert
        Assert.Equal(("👍 1", "👎"), (Label(annUp, "👍"), Label(annUp, "👎")));
        Assert.Equal(("👍 2", "👎"), (Label(bobUp, "👍"), Label(bobUp, "👎")));
        Assert.Equal(("👍 1", "👎 1"), (Label(annDown, "👍"), Label(annDown, "👎")));
        Assert.NotNull(annDown.AskReason);
        Assert.Equal(("👍 1", "👎"), (Label(annDownAgain, "👍"), Label(annDownAgain, "👎")));
        Assert.Null(annDownAgain.AskReason);
        Assert.Equal("👍 1", Label(askedAgain, "👍"));
        Assert.Equal("Title", annUp.Title);
    }

    [Fact]
    public async Task Votes_on_another_page_count_for_that_paragraph_only()
    {
        // Arrange
        var answer = await _bot.HandleAsync(new ChatMessage(Origin("ann"), "Who signed the Warsaw Pact?"));
        var page2 = await _bot.HandleActionAsync(new ChatAction(Origin("ann"), Data(answer, BotTexts.MoreResults)));

        // Act
        var voted = await _bot.HandleActionAsync(new ChatAction(Origin("ann"), Data(page2, "👎")));
        var back = await _bot.HandleActionAsync(new ChatAction(Origin("ann"), Data(voted, BotTexts.Previous)));

        // Assert
        Assert.Contains("2/2", voted.Footer);
        Assert.Equal("👎 1", Label(voted, "👎"));
        Assert.Equal("👎", Label(back, "👎"));
    }

    [Fact]
    public async Task The_next_message_of_the_downvoter_in_that_chat_is_the_reason_once_and_only_within_two_minutes()
    {
        // Arrange
        var answer = await _bot.HandleAsync(new ChatMessage(Origin("ann"), "Who signed the Warsaw Pact?"));
        var voted = await _bot.HandleActionAsync(new ChatAction(Origin("ann"), Data(answer, "👎")));
        await _bot.HandleActionAsync(new ChatAction(Origin("bob"), Data(answer, "👎")));

        // Act
        var byOther = await _bot.HandleFollowUpAsync(new ChatMessage(Origin("cid"), "nice weather"));
        var command = await _bot.HandleFollowUpAsync(new ChatMessage(Origin("ann"), "/help"));
        var reason = await _bot.HandleFollowUpAsync(new ChatMessage(Origin("ann"), "It names the wrong year"));
        var next = await _bot.HandleFollowUpAsync(new ChatMessage(Origin("ann"), "and another thing"));
        _time.Advance(TimeSpan.FromMinutes(3));
        var late = await _bot.HandleFollowUpAsync(new ChatMessage(Origin("bob"), "too late"));

        // Assert
        Assert.Contains("next message", voted.AskReason!.FollowUp);
        Assert.Null(byOther);
        Assert.Null(command);
        Assert.Equal(BotTexts.ReasonThanks, reason!.Body.ToPlainText());
        Assert.Null(next);
        Assert.Null(late);
        var downvotes = await _provider.GetRequiredService<IFeedbackStore>().DownvotesAsync(_time.GetUtcNow().AddDays(-1), null, null);
        Assert.Equal(["It names the wrong year", null], downvotes.OrderBy(vote => vote.Reason is null).Select(vote => vote.Reason));
    }

    [Fact]
    public async Task A_reason_for_someone_elses_vote_is_refused()
    {
        // Arrange
        var answer = await _bot.HandleAsync(new ChatMessage(Origin("ann"), "Who signed the Warsaw Pact?"));
        var voted = await _bot.HandleActionAsync(new ChatAction(Origin("ann"), Data(answer, "👎")));

        // Act
        var forged = await _bot.HandleActionAsync(new ChatAction(Origin("bob"), voted.AskReason!.Data, "spam"));
        var own = await _bot.HandleActionAsync(new ChatAction(Origin("ann"), voted.AskReason!.Data, "wrong"));

        // Assert
        Assert.Equal(ReplyKind.Error, forged.Kind);
        Assert.Equal(ReplyKind.Info, own.Kind);
        Assert.True(own.Private);
    }

    [Fact]
    public async Task Vote_presses_count_against_the_question_limit_and_are_counted_on_the_meter()
    {
        // Arrange: one question, then votes until the limit of six a minute.
        var answer = await _bot.HandleAsync(new ChatMessage(Origin("ann"), "Who signed the Warsaw Pact?"));
        var up = Data(answer, "👍");
        var down = Data(answer, "👎");

        // Act
        var replies = new List<Reply>();
        foreach (var data in new[] { up, down, up, up, down, down })
            replies.Add(await _bot.HandleActionAsync(new ChatAction(Origin("ann"), data)));

        // Assert: five presses went through, the sixth was one too many.
        Assert.All(replies.Take(5), reply => Assert.Equal(ReplyKind.Answer, reply.Kind));
        Assert.Equal(ReplyKind.RateLimited, replies[5].Kind);
        var totals = _provider.GetRequiredService<BotMetrics>().Totals();
        Assert.Equal(1, totals["votes up cast"]);
        Assert.Equal(1, totals["votes down changed"]);
        Assert.Equal(1, totals["votes up changed"]);
        Assert.Equal(1, totals["votes up withdrawn"]);
        Assert.Equal(1, totals["votes down cast"]);
    }
}
