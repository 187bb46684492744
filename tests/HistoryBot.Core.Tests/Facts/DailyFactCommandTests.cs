using HistoryBot.Core.Chat;
using HistoryBot.Core.Facts;
using HistoryBot.Testing;
using Moq;
using Xunit;

namespace HistoryBot.Core.Tests.Facts;

[Collection(FactsIndexCollection.Name)]
public sealed class DailyFactCommandTests(FactsIndexFixture index) : IDisposable
{
    private static readonly DateTimeOffset Morning = new(2026, 6, 10, 5, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private DailyFactHarness Process(DateTimeOffset now) => new(index.Catalog, _temp.Combine("state.db"), new ManualTimeProvider(now));

    private void VerifyNothingSent(DailyFactHarness bot) =>
        bot.Transport.Verify(transport => transport.SendAsync(It.IsAny<ChatId>(), It.IsAny<Reply>(), It.IsAny<CancellationToken>()), Times.Never);

    [Theory(Timeout = 10_000)]
    [InlineData("/dailyfact set 09:00 Europe/Vilnius lt")]
    [InlineData("/dailyfact off")]
    [InlineData("/dailyfact now")]
    [InlineData("/dailyfact status")]
    [InlineData("/dailyfact")]
    public async Task Members_are_refused_and_nothing_changes(string command)
    {
        // Arrange
        var bot = Process(Morning);
        await bot.SubscribeAsync("18:00", "UTC");
        var before = await bot.Subscriptions.GetAsync(DailyFactHarness.Channel());

        // Act
        var reply = await bot.Bot().HandleAsync(DailyFactHarness.Message(command, ChatRole.Member));

        // Assert
        Assert.Equal(ReplyKind.Refusal, reply.Kind);
        Assert.Contains("moderators", reply.Body.ToPlainText());
        Assert.Equal(before, await bot.Subscriptions.GetAsync(DailyFactHarness.Channel()));
        VerifyNothingSent(bot);
    }

    [Theory(Timeout = 10_000)]
    [InlineData("set", "/dailyfact set <HH:MM> [time zone] [language]")]
    [InlineData("set 25:00", "Use 24-hour HH:MM from 00:00 to 23:59")]
    [InlineData("set 9", "\"9\" is not a time of day")]
    [InlineData("set 9am UTC", "\"9am\" is not a time of day")]
    [InlineData("set 09:00 Mars/Olympus", "I don't know the time zone \"Mars/Olympus\". Use an IANA time zone name such as Europe/Vilnius, Europe/Bucharest, Asia/Manila, Europe/London, America/New_York or UTC.")]
    [InlineData("set 09:00 UTC xx", "I don't know the language \"xx\". Use one of: en (English), lt (Lithuanian), tl (Tagalog), ro (Romanian).")]
    [InlineData("set 09:00 Klingon", "\"Klingon\" is neither a time zone nor a language I know.")]
    [InlineData("set 09:00 UTC Europe/Vilnius", "Two time zones given")]
    [InlineData("set 09:00 en lt", "Two languages given")]
    [InlineData("set 09:00 UTC en extra", "Too many words after \"set\"")]
    [InlineData("set 09:00 ../../etc/passwd", "I don't know the time zone")]
    [InlineData("frobnicate", "/dailyfact status — time, zone, language, next post, facts left before the cycle repeats")]
    public async Task Bad_moderator_input_gets_a_clear_message_and_changes_nothing(string arguments, string expected)
    {
        // Arrange
        var bot = Process(Morning);
        await bot.SubscribeAsync("18:00", "America/New_York", "ro");
        var before = await bot.Subscriptions.GetAsync(DailyFactHarness.Channel());

        // Act
        var reply = await bot.Bot().HandleAsync(DailyFactHarness.Message("/dailyfact " + arguments));

        // Assert
        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.True(reply.Private);
        Assert.Contains(expected, reply.Body.ToPlainText());
        Assert.Equal(before, await bot.Subscriptions.GetAsync(DailyFactHarness.Channel()));
        var audited = Assert.Single(await bot.Audit.RecentAsync(10));
        Assert.Equal("dailyfact " + arguments, audited.Action);
        Assert.StartsWith("rejected", audited.Result);
        VerifyNothingSent(bot);
    }

    [Fact(Timeout = 10_000)]
    public async Task A_moderator_sets_the_daily_fact_and_the_action_is_audited()
    {
        // Arrange
        var bot = Process(Morning);

        // Act
        var reply = await bot.Bot().HandleAsync(DailyFactHarness.Message("/dailyfact set 09:00 europe/vilnius LT"));

        // Assert
        Assert.Equal(ReplyKind.Info, reply.Kind);
        Assert.Equal(
            "Daily fact on: every day at 09:00 Europe/Vilnius (now UTC+03:00), in Lithuanian.\nNext post: Wed 10 Jun 09:00 (in 1 h 0 min).",
            reply.Body.ToPlainText());
        Assert.Equal(
            new Subscription(DailyFactHarness.Channel(), new TimeOnly(9, 0), "Europe/Vilnius", "lt", true, Morning, "Alice"),
            await bot.Subscriptions.GetAsync(DailyFactHarness.Channel()));
        var audited = Assert.Single(await bot.Audit.RecentAsync(10));
        Assert.Equal(
            (Morning, Platform.Telegram, DailyFactHarness.Chat, "42", "Alice", "dailyfact set 09:00 europe/vilnius LT", "ok: 09:00 Europe/Vilnius lt"),
            (audited.At, audited.Platform, audited.ChatId.Value, audited.UserId.Value, audited.UserName, audited.Action, audited.Result));
    }

    [Fact(Timeout = 10_000)]
    public async Task The_zone_and_language_default_to_UTC_and_English_and_stay_when_only_the_time_changes()
    {
        // Arrange
        var bot = Process(Morning);
        var chat = bot.Bot();

        // Act
        await chat.HandleAsync(DailyFactHarness.Message("/dailyfact set 7:15"));
        var defaults = await bot.Subscriptions.GetAsync(DailyFactHarness.Channel());
        await chat.HandleAsync(DailyFactHarness.Message("/dailyfact set 09:00 Europe/Bucharest ro"));
        await chat.HandleAsync(DailyFactHarness.Message("/dailyfact set 10:30"));
        var changed = await bot.Subscriptions.GetAsync(DailyFactHarness.Channel());

        // Assert
        Assert.Equal((new TimeOnly(7, 15), "UTC", "en"), (defaults!.Time, defaults.TimeZoneId, defaults.Language));
        Assert.Equal((new TimeOnly(10, 30), "Europe/Bucharest", "ro"), (changed!.Time, changed.TimeZoneId, changed.Language));
    }

    [Fact(Timeout = 10_000)]
    public async Task A_time_already_past_today_starts_tomorrow()
    {
        // Arrange: noon UTC.
        var noon = Morning.AddHours(7);
        var bot = Process(noon);

        // Act
        var reply = await bot.Bot().HandleAsync(DailyFactHarness.Message("/dailyfact set 09:00 UTC"));
        await bot.RunAtAsync(noon.AddMinutes(1));
        var sameDay = bot.Sent.Count;
        await bot.RunAtAsync(new DateTimeOffset(2026, 6, 11, 9, 0, 0, TimeSpan.Zero));

        // Assert
        Assert.Contains("Next post: Thu 11 Jun 09:00 (in 21 h 0 min).", reply.Body.ToPlainText());
        Assert.Equal(0, sameDay);
        Assert.Single(bot.Sent);
    }

    [Fact(Timeout = 10_000)]
    public async Task Now_posts_at_once_and_counts_as_todays_post()
    {
        // Arrange
        var bot = Process(Morning);
        var chat = bot.Bot();
        await chat.HandleAsync(DailyFactHarness.Message("/dailyfact set 09:00 UTC"));

        // Act
        var now = await chat.HandleAsync(DailyFactHarness.Message("/dailyfact now"));
        await bot.RunAtAsync(Morning.AddHours(4));
        bot.Time.SetUtcNow(Morning.AddHours(6));
        var again = await chat.HandleAsync(DailyFactHarness.Message("/dailyfact now"));
        await bot.RunAtAsync(Morning.AddDays(1).AddHours(4));

        // Assert
        Assert.Equal("Posted today's fact. The next one comes Thu 11 Jun 09:00 (in 28 h 0 min).", now.Body.ToPlainText());
        Assert.Equal("Today's fact was already posted at 05:00; one a day. The next one comes Thu 11 Jun 09:00 (in 22 h 0 min).", again.Body.ToPlainText());
        Assert.Equal([Morning, Morning.AddDays(1).AddHours(4)], bot.Sent.Select(post => post.At));
        var posted = Assert.Single(bot.Sent.First().Reply.Buttons).Data["factmore:".Length..];
        Assert.Equal(["already posted today", $"ok: posted {posted}"], (await bot.Audit.RecentAsync(2)).Select(entry => entry.Result));
    }

    [Fact(Timeout = 10_000)]
    public async Task Now_without_a_daily_fact_says_how_to_start_one()
    {
        // Arrange
        var bot = Process(Morning);

        // Act
        var reply = await bot.Bot().HandleAsync(DailyFactHarness.Message("/dailyfact now"));

        // Assert
        Assert.Equal(ReplyKind.Error, reply.Kind);
        Assert.Contains("/dailyfact set 09:00 Europe/Vilnius lt", reply.Body.ToPlainText());
        VerifyNothingSent(bot);
    }

    [Fact(Timeout = 10_000)]
    public async Task Dailyfact_counts_against_the_question_limit_and_uses_over_it_are_neither_run_nor_audited()
    {
        // Arrange
        var bot = Process(Morning);
        var chat = bot.Bot(questionsPerMinute: 3);
        for (var i = 0; i < 3; i++)
            await chat.HandleAsync(DailyFactHarness.Message("/dailyfact status"));

        // Act
        var limited = await chat.HandleAsync(DailyFactHarness.Message("/dailyfact set 10:00 UTC"));

        // Assert
        Assert.Equal(ReplyKind.RateLimited, limited.Kind);
        Assert.Null(await bot.Subscriptions.GetAsync(DailyFactHarness.Channel()));
        Assert.Equal(3, (await bot.Audit.RecentAsync(10)).Count);
    }

    [Fact(Timeout = 10_000)]
    public async Task Off_stops_the_daily_fact()
    {
        // Arrange
        var bot = Process(Morning);
        var chat = bot.Bot();
        await chat.HandleAsync(DailyFactHarness.Message("/dailyfact set 09:00 UTC"));

        // Act
        var off = await chat.HandleAsync(DailyFactHarness.Message("/dailyfact off"));
        await bot.RunAtAsync(Morning.AddHours(4));
        var status = await chat.HandleAsync(DailyFactHarness.Message("/dailyfact status"));

        // Assert
        Assert.Contains("Daily facts are off in this chat", off.Body.ToPlainText());
        Assert.False((await bot.Subscriptions.GetAsync(DailyFactHarness.Channel()))!.Active);
        Assert.Contains("Daily facts are off here (turned off with /dailyfact off)", status.Body.ToPlainText());
        VerifyNothingSent(bot);
    }

    [Fact(Timeout = 10_000)]
    public async Task Status_shows_time_zone_language_next_post_and_facts_left_before_the_cycle_repeats()
    {
        // Arrange
        var bot = Process(Morning);
        var chat = bot.Bot();
        var facts = index.Facts;
        var lithuanian = facts.CountByLanguage["lt"];
        await chat.HandleAsync(DailyFactHarness.Message("/dailyfact set 09:00 Europe/Vilnius lt"));

        // Act
        var before = await chat.HandleAsync(DailyFactHarness.Message("/dailyfact status"));
        await chat.HandleAsync(DailyFactHarness.Message("/dailyfact now"));
        var after = await chat.HandleAsync(DailyFactHarness.Message("/dailyfact status"));

        // Assert
        Assert.Equal(
            "Every day at 09:00 Europe/Vilnius (now UTC+03:00), in Lithuanian; set by Alice.\n" +
            "Next post: Wed 10 Jun 09:00 (in 1 h 0 min).\n" +
            $"Facts left before the cycle repeats: {facts.Count} of {facts.Count} ({lithuanian} in Lithuanian; cycle 1).",
            before.Body.ToPlainText());
        Assert.Equal(
            "Every day at 09:00 Europe/Vilnius (now UTC+03:00), in Lithuanian; set by Alice.\n" +
            "Next post: Thu 11 Jun 09:00 (in 25 h 0 min).\n" +
            "Today: posted at 08:00.\n" +
            $"Facts left before the cycle repeats: {facts.Count - 1} of {facts.Count} ({lithuanian - 1} in Lithuanian; cycle 1).",
            after.Body.ToPlainText());
    }

    [Fact(Timeout = 10_000)]
    public async Task Now_in_a_chat_that_removed_the_bot_turns_its_daily_fact_off()
    {
        // Arrange
        var bot = Process(Morning);
        var chat = bot.Bot();
        await chat.HandleAsync(DailyFactHarness.Message("/dailyfact set 09:00 UTC"));
        bot.RespondWith(DeliveryResult.Forbidden);

        // Act
        var reply = await chat.HandleAsync(DailyFactHarness.Message("/dailyfact now"));

        // Assert
        Assert.Contains("I was removed or blocked", reply.Body.ToPlainText());
        Assert.False((await bot.Subscriptions.GetAsync(DailyFactHarness.Channel()))!.Active);
        Assert.Single(bot.Sent);
    }
}
