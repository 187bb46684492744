using System.Text.RegularExpressions;
using HistoryBot.Core.Administration;
using HistoryBot.Core.Answers;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Chat.Commands;
using HistoryBot.Core.Facts;
using HistoryBot.Testing;
using Microsoft.Extensions.Options;
using Moq;
using Xunit;

namespace HistoryBot.Core.Tests.Facts;

[Collection(FactsIndexCollection.Name)]
public sealed class FactCommandTests(FactsIndexFixture index) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static DateTimeOffset Utc(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    private DailyFactHarness Process(DateTimeOffset now) => new(index.Catalog, _temp.Combine("state.db"), new ManualTimeProvider(now));

    private Fact FactOf(Reply reply) => index.Facts.Find(new FactId(Assert.Single(reply.Buttons).Data["factmore:".Length..]))!;

    [Theory(Timeout = 10_000)]
    [InlineData("en", "A fact from history")]
    [InlineData("lt", "Istorijos faktas")]
    [InlineData("tl", "Isang kaalaman sa kasaysayan")]
    [InlineData("ro-RO", "Un fapt istoric")]
    public async Task A_fact_comes_in_the_askers_language(string hint, string title)
    {
        // Arrange
        var bot = Process(Utc(6, 10)).Bot();

        // Act
        var replies = new List<Reply>();
        for (var i = 0; i < 10; i++)
            replies.Add(await bot.HandleAsync(DailyFactHarness.Message("/fact", ChatRole.Member, hint)));

        // Assert
        Assert.All(replies, reply =>
        {
            Assert.Equal(title, reply.Title);
            Assert.Equal(hint[..2], FactOf(reply).Language);
            Assert.Equal(FactOf(reply).Text, reply.Body.ToPlainText());
        });
    }

    [Fact(Timeout = 10_000)]
    public async Task Without_a_language_hint_a_fact_comes_in_the_chats_daily_fact_language()
    {
        // Arrange
        var process = Process(Utc(6, 10));
        await process.SubscribeAsync("09:00", "Europe/Bucharest", "ro");

        // Act
        var reply = await process.Bot().HandleAsync(DailyFactHarness.Message("/fact", ChatRole.Member));

        // Assert
        Assert.Equal("ro", FactOf(reply).Language);
    }

    [Theory(Timeout = 10_000)]
    [InlineData(3, 31, "en", "On this day in 1954")]
    [InlineData(4, 16, "lt", "Šią dieną 1953 m.")]
    [InlineData(5, 7, "tl", "Sa araw na ito noong 1954")]
    [InlineData(5, 14, "en", "On this day in 1955")]
    [InlineData(9, 1, "en", "On this day in 1983")]
    public async Task Fact_today_on_a_day_with_an_event_is_that_event(int month, int day, string language, string title)
    {
        // Arrange
        var bot = Process(Utc(month, day)).Bot();

        // Act
        var reply = await bot.HandleAsync(DailyFactHarness.Message("/fact today", ChatRole.Member, language));

        // Assert
        var fact = FactOf(reply);
        Assert.Equal(title, reply.Title);
        Assert.Equal((language, month, day), (fact.Language, fact.Date!.Month!.Value, fact.Date.Day!.Value));
        Assert.Equal(fact.Text, reply.Body.ToPlainText());
    }

    [Theory(Timeout = 10_000)]
    [InlineData(4, 1, "en", "Nothing in my sources happened on 1 April. The next date with an event is 16 April:", 4, 16)]
    [InlineData(4, 1, "lt", "Mano šaltiniuose nėra įvykio, nutikusio balandžio 1 d.; artimiausia data su įvykiu – balandžio 16 d.:", 4, 16)]
    [InlineData(5, 20, "en", "Nothing in my sources happened on 20 May. The next date with an event is 1 September:", 9, 1)]
    [InlineData(5, 20, "tl", "Walang pangyayari sa aking mga sanggunian sa Mayo 20. Ang pinakamalapit na petsang may pangyayari ay Marso 31:", 3, 31)]
    [InlineData(12, 24, "ro", "Sursele mele nu au niciun eveniment pe 24 decembrie. Cea mai apropiată dată cu un eveniment este 31 martie:", 3, 31)]
    public async Task Fact_today_on_a_day_without_events_says_so_and_gives_the_next_dates_event(
        int month, int day, string language, string note, int nextMonth, int nextDay)
    {
        // Arrange
        var bot = Process(Utc(month, day)).Bot();

        // Act
        var reply = await bot.HandleAsync(DailyFactHarness.Message("/fact today", ChatRole.Member, language));

        // Assert
        var fact = FactOf(reply);
        Assert.Equal(note + "\n" + fact.Text, reply.Body.ToPlainText());
        Assert.Equal((nextMonth, nextDay), (fact.Date!.Month!.Value, fact.Date.Day!.Value));
    }

    [Fact(Timeout = 10_000)]
    public async Task Fact_today_is_today_in_the_chats_time_zone()
    {
        // Arrange: 20:00 UTC on 31 March is already 1 April on Kiritimati (UTC+14).
        var process = Process(Utc(3, 31, 20));
        var elsewhere = await process.Bot().HandleAsync(DailyFactHarness.Message("/fact today", ChatRole.Member, "en", chat: "-200"));
        await process.SubscribeAsync("09:00", "Pacific/Kiritimati");

        // Act
        var here = await process.Bot().HandleAsync(DailyFactHarness.Message("/fact today", ChatRole.Member, "en"));

        // Assert
        Assert.Equal("On this day in 1954", elsewhere.Title);
        Assert.StartsWith("Nothing in my sources happened on 1 April.", here.Body.ToPlainText());
    }

    [Fact(Timeout = 10_000)]
    public async Task Facts_count_against_the_askers_question_limit()
    {
        // Arrange
        var process = Process(Utc(6, 10));
        var bot = process.Bot(questionsPerMinute: 2);

        // Act
        var first = await bot.HandleAsync(DailyFactHarness.Message("/fact", ChatRole.Member));
        var second = await bot.HandleAsync(DailyFactHarness.Message("/fact today", ChatRole.Member));
        var third = await bot.HandleAsync(DailyFactHarness.Message("/fact", ChatRole.Member));
        process.Time.Advance(TimeSpan.FromMinutes(1));
        var later = await bot.HandleAsync(DailyFactHarness.Message("/fact", ChatRole.Member));

        // Assert
        Assert.Equal([ReplyKind.Info, ReplyKind.Info, ReplyKind.RateLimited, ReplyKind.Info], new[] { first, second, third, later }.Select(reply => reply.Kind));
    }

    [Fact(Timeout = 10_000)]
    public async Task Fact_with_another_word_explains_its_use()
    {
        // Arrange
        var bot = Process(Utc(6, 10)).Bot();

        // Act
        var reply = await bot.HandleAsync(DailyFactHarness.Message("/fact tomorrow", ChatRole.Member));

        // Assert
        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Equal("Use /fact for a fact from my sources, or /fact today for an event that happened on today's date.", reply.Body.ToPlainText());
    }

    [Fact(Timeout = 10_000)]
    public async Task Tell_me_more_asks_the_query_service_about_the_facts_sentence_and_remembers_the_question()
    {
        // Arrange
        var process = Process(Utc(3, 31));
        var fact = index.Facts.All.First(candidate => candidate.Language == "lt" && candidate.Date?.Day == 31);
        var citation = fact.Citation;
        var passage = new Passage(citation, MarkedText.Plain(fact.Sentence), MarkedText.Plain(fact.Sentence), 1, 1);
        var queries = new Mock<IQueryService>(MockBehavior.Strict);
        queries.Setup(service => service.AskAsync(fact.Sentence, "lt", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Answer(AnswerStatus.Found, fact.Sentence, "lt", passage, [], [passage]));
        var bot = process.Bot(queries.Object);
        var posted = await bot.HandleAsync(DailyFactHarness.Message("/fact today", ChatRole.Member, "lt"));
        var button = Assert.Single(posted.Buttons);

        // Act
        var reply = await bot.HandleActionAsync(new ChatAction(new ChatOrigin(Platform.Telegram, new ChatId(DailyFactHarness.Chat), new UserId("7"), "Bob", ChatRole.Member, ChatKind.Group), button.Data));

        // Assert
        Assert.Equal(("Papasakok daugiau", $"factmore:{fact.Id}"), (button.Label, button.Data));
        queries.Verify(service => service.AskAsync(fact.Sentence, "lt", It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal(fact.Sentence, reply.Body.ToPlainText());
        var key = Assert.Single(reply.Buttons, answerButton => answerButton.Data.StartsWith("src:", StringComparison.Ordinal)).Data.Split(':')[1];
        var remembered = await process.Questions.RecallAsync(key);
        Assert.Equal((fact.Sentence, "lt"), (remembered!.Question, remembered.Language));
    }

    [Theory(Timeout = 10_000)]
    [InlineData("factmore:zzzzzzzzzz", "That fact is no longer in my sources")]
    [InlineData("factmore:../../x", "That button no longer works")]
    public async Task Tell_me_more_about_a_fact_that_is_gone_says_so_without_asking(string data, string expected)
    {
        // Arrange
        var queries = new Mock<IQueryService>(MockBehavior.Strict);
        var bot = Process(Utc(6, 10)).Bot(queries.Object);

        // Act
        var reply = await bot.HandleActionAsync(new ChatAction(new ChatOrigin(Platform.Discord, new ChatId("1"), new UserId("7"), "Bob", ChatRole.Member, ChatKind.Group), data));

        // Assert
        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.StartsWith(expected, reply.Body.ToPlainText());
        queries.VerifyNoOtherCalls();
    }

    [Fact]
    public void The_commands_fit_the_platforms_menus()
    {
        // Arrange
        var process = Process(Utc(6, 10));
        IChatCommand[] commands =
        [
            new FactCommand(index.Catalog, process.Subscriptions, new RateLimiter(Options.Create(new ChatOptions()), process.Time), process.Time),
            new DailyFactCommand(process.Subscriptions, process.Posts, process.Rotations, index.Catalog, process.Poster, process.Signal, new AdminAudit(process.Audit, process.Time), new RateLimiter(Options.Create(new ChatOptions()), process.Time), process.Time),
        ];

        // Assert
        Assert.Equal([("fact", ChatRole.Member), ("dailyfact", ChatRole.Moderator)], commands.Select(command => (command.Info.Name, command.Info.MinimumRole)));
        Assert.All(commands, command =>
        {
            Assert.InRange(command.Info.Description.Length, 1, CommandInfo.MaxDescriptionLength);
            Assert.Equal(["lt", "ro", "tl"], command.Info.LocalizedDescriptions.Keys.Order());
            Assert.All(command.Info.LocalizedDescriptions.Values, text => Assert.InRange(text.Length, 1, CommandInfo.MaxDescriptionLength));
            Assert.Matches(new Regex("^[a-z]{1,32}$"), command.Info.ArgumentName!);
            Assert.InRange(command.Info.ArgumentDescription!.Length, 1, CommandInfo.MaxDescriptionLength);
            Assert.True(command.Info.AllowedInPrivateChats);
        });
    }
}
