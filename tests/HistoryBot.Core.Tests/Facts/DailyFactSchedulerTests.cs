using System.Text;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Facts;
using HistoryBot.Testing;
using Microsoft.Extensions.Logging;
using Moq;
using Xunit;

namespace HistoryBot.Core.Tests.Facts;

[Collection(FactsIndexCollection.Name)]
public sealed class DailyFactSchedulerTests(FactsIndexFixture index) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private DailyFactHarness Process(ManualTimeProvider time, DailyFactOptions? options = null) =>
        new(index.Catalog, _temp.Combine("state.db"), time, options);

    private static FactId PostedFact(SentPost post) =>
        new(Assert.Single(post.Reply.Buttons).Data[(FactReplies.MorePrefix.Length + 1)..]);

    [Fact(Timeout = 10_000)]
    public async Task The_fact_is_posted_at_the_local_time_once_a_day_with_its_citation_and_a_tell_me_more_button()
    {
        // Arrange: 09:00 in Vilnius is 06:00 UTC in summer.
        var time = new ManualTimeProvider(Utc(2026, 6, 10, 0));
        var bot = Process(time);
        await bot.SubscribeAsync("09:00", "Europe/Vilnius");

        // Act
        await bot.RunAtAsync(Utc(2026, 6, 10, 5, 59));
        var beforeNine = bot.Sent.Count;
        await bot.RunAtAsync(Utc(2026, 6, 10, 6, 0));
        await bot.RunAtAsync(Utc(2026, 6, 10, 6, 30));
        await bot.RunAtAsync(Utc(2026, 6, 10, 20, 0));
        await bot.RunAtAsync(Utc(2026, 6, 11, 6, 0));

        // Assert
        Assert.Equal(0, beforeNine);
        bot.Transport.Verify(transport => transport.SendAsync(new ChatId(DailyFactHarness.Chat), It.IsAny<Reply>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
        Assert.Equal([Utc(2026, 6, 10, 6, 0), Utc(2026, 6, 11, 6, 0)], bot.Sent.Select(post => post.At));
        var first = bot.Sent.First();
        var fact = index.Facts.Find(PostedFact(first))!;
        Assert.Equal("Fact of the day", first.Reply.Title);
        Assert.Equal(fact.Text, first.Reply.Body.ToPlainText());
        Assert.Equal(AnswerReplies.Cite(fact.Citation), first.Reply.Footer);
        var button = Assert.Single(first.Reply.Buttons);
        Assert.Equal(("Tell me more", $"factmore:{fact.Id}"), (button.Label, button.Data));
        Assert.True(Encoding.UTF8.GetByteCount(button.Data) <= ReplyButton.MaxDataBytes);
        Assert.NotEqual(PostedFact(first), PostedFact(bot.Sent.Last()));
    }

    [Theory(Timeout = 10_000)]
    [InlineData(3, 31, "en", "en", "On this day in 1954", "On March 31, 1954, the USSR")]
    [InlineData(3, 31, "lt", "lt", "Šią dieną 1954 m.", "1954 m. Kovo 31 d. SSRS")]
    [InlineData(3, 31, "tl", "tl", "Sa araw na ito noong 1954", "Noong Marso 31, 1954")]
    [InlineData(4, 16, "en", "en", "On this day in 1953", "It was he who voiced the principles")]
    [InlineData(4, 16, "lt", "lt", "Šią dieną 1953 m.", "Būtent jis 1953 m. Balandžio 16 d.")]
    [InlineData(5, 7, "en", "en", "On this day in 1954", "On May 7, 1954, the United States, France and England refused")]
    [InlineData(5, 7, "tl", "tl", "Sa araw na ito noong 1954", "Noong Mayo 7, 1954")]
    [InlineData(5, 14, "en", "en", "On this day in 1955", "On May 14, 1955, the USSR, Albania")]
    [InlineData(5, 14, "lt", "lt", "Šią dieną 1955 m.", "1955 m. Gegužės 14 d.")]
    [InlineData(9, 1, "en", "en", "On this day in 1983", "On September 1, 1983, a tragedy occurred")]
    [InlineData(9, 1, "lt", "en", "Šią dieną 1983 m.", "On September 1, 1983, a tragedy occurred")]
    [InlineData(9, 1, "ro", "en", "În această zi, în 1983", "On September 1, 1983, a tragedy occurred")]
    public async Task On_a_day_a_source_has_an_event_the_post_is_that_event(
        int month, int day, string channelLanguage, string factLanguage, string title, string sentence)
    {
        // Arrange
        var time = new ManualTimeProvider(Utc(2027, month, day, 0));
        var bot = Process(time);
        await bot.SubscribeAsync("09:00", "Europe/Vilnius", channelLanguage);

        // Act: 09:00 in Vilnius, which is on summer time (UTC+3) on all these days.
        await bot.RunAtAsync(Utc(2027, month, day, 6));

        // Assert
        var post = Assert.Single(bot.Sent);
        var fact = index.Facts.Find(PostedFact(post))!;
        Assert.Equal(title, post.Reply.Title);
        Assert.Contains(sentence, post.Reply.Body.ToPlainText());
        Assert.Equal((factLanguage, month, day), (fact.Language, fact.Date!.Month!.Value, fact.Date.Day!.Value));
        Assert.True((await bot.Posts.GetAsync(DailyFactHarness.Channel(), new DateOnly(2027, month, day)))!.OnThisDay);
    }

    [Fact(Timeout = 20_000)]
    public async Task No_fact_repeats_until_every_fact_was_posted_then_a_new_cycle_begins_in_a_new_order()
    {
        // Arrange: from 2 September to March no source has an event on the day, so every post comes from the rotation.
        var facts = index.Facts;
        var start = Utc(2026, 9, 2, 9);
        var time = new ManualTimeProvider(start.AddHours(-1));
        var bot = Process(time);
        await bot.SubscribeAsync("09:00", "UTC", "lt");

        // Act
        for (var day = 0; day < 2 * facts.Count; day++)
            await bot.RunAtAsync(start.AddDays(day));

        // Assert
        var posted = bot.Sent.Select(PostedFact).ToList();
        Assert.Equal(2 * facts.Count, posted.Count);
        var firstCycle = posted.Take(facts.Count).ToList();
        var secondCycle = posted.Skip(facts.Count).ToList();
        var everyFact = facts.All.Select(fact => fact.Id.Value).Order().ToList();
        Assert.Equal(everyFact, firstCycle.Select(id => id.Value).Order());
        Assert.Equal(everyFact, secondCycle.Select(id => id.Value).Order());
        var lithuanian = facts.CountByLanguage["lt"];
        Assert.All(firstCycle.Take(lithuanian), id => Assert.Equal("lt", facts.Find(id)!.Language));
        Assert.All(firstCycle.Skip(lithuanian), id => Assert.NotEqual("lt", facts.Find(id)!.Language));
        Assert.NotEqual(firstCycle, secondCycle);
        Assert.Equal(2, await bot.Rotations.CurrentCycleAsync(DailyFactHarness.Channel()));
    }

    [Theory(Timeout = 10_000)]
    [InlineData("Europe/Vilnius", "09:00", "2026-03-28", "2026-03-28T07:00Z")]
    [InlineData("Europe/Vilnius", "09:00", "2026-03-29", "2026-03-29T06:00Z")]
    [InlineData("Europe/Vilnius", "03:30", "2026-03-29", "2026-03-29T01:00Z")]
    [InlineData("Europe/Vilnius", "03:30", "2026-10-25", "2026-10-25T00:30Z")]
    [InlineData("Europe/Vilnius", "09:00", "2026-10-25", "2026-10-25T07:00Z")]
    [InlineData("America/New_York", "09:00", "2026-03-08", "2026-03-08T13:00Z")]
    [InlineData("America/New_York", "02:30", "2026-03-08", "2026-03-08T07:00Z")]
    [InlineData("America/New_York", "01:30", "2026-11-01", "2026-11-01T05:30Z")]
    [InlineData("America/New_York", "09:00", "2026-11-01", "2026-11-01T14:00Z")]
    public async Task Across_daylight_saving_changes_the_post_keeps_its_local_time_skips_the_gap_and_posts_a_repeated_hour_once(
        string zone, string localTime, string date, string expectedUtc)
    {
        // Arrange
        var expected = DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture);
        var time = new ManualTimeProvider(expected.AddDays(-1));
        var bot = Process(time);
        await bot.SubscribeAsync(localTime, zone);
        var schedule = new DailySchedule(TimeOnly.Parse(localTime, System.Globalization.CultureInfo.InvariantCulture), TimeZones.Find(zone)!);

        // Act: just before, at, and one and two hours after (the repeated hour comes round again then).
        await bot.RunAtAsync(expected.AddMinutes(-1));
        var early = bot.Sent.Count;
        await bot.RunAtAsync(expected);
        await bot.RunAtAsync(expected.AddHours(1));
        await bot.RunAtAsync(expected.AddHours(2));

        // Assert
        Assert.Equal(expected, schedule.DueAt(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(0, early);
        Assert.Equal(expected, Assert.Single(bot.Sent).At);
    }

    [Fact(Timeout = 10_000)]
    public async Task The_hosted_service_waits_on_the_clock_and_posts_at_nine_local_on_both_sides_of_the_spring_change()
    {
        // Arrange: no polling in between; a ten-minute lease has the loop renew it every 200 s.
        var time = new ManualTimeProvider(Utc(2026, 3, 28, 5));
        var bot = Process(time, new DailyFactOptions { PollInterval = TimeSpan.FromDays(1), LeaderLease = TimeSpan.FromMinutes(10) });
        await bot.SubscribeAsync("09:00", "Europe/Vilnius");
        var idle = bot.Scheduler.NextIdle;

        // Act
        await bot.Scheduler.StartAsync(CancellationToken.None);
        await idle.WaitAsync(TimeSpan.FromSeconds(5));
        await bot.MoveClockAsync(Utc(2026, 3, 28, 6, 59));
        var beforeNine = bot.Sent.Count;
        await bot.MoveClockAsync(Utc(2026, 3, 29, 5, 59));
        var beforeNineAfterChange = bot.Sent.Count;
        await bot.MoveClockAsync(Utc(2026, 3, 29, 6, 1));
        await bot.Scheduler.StopAsync(CancellationToken.None);

        // Assert
        Assert.Equal((0, 1), (beforeNine, beforeNineAfterChange));
        Assert.Equal([Utc(2026, 3, 28, 7, 0), Utc(2026, 3, 29, 6, 0)], bot.Sent.Select(post => post.At));
    }

    [Fact(Timeout = 10_000)]
    public async Task The_hosted_service_wakes_when_a_moderator_sets_a_time()
    {
        // Arrange: nothing to do, so asleep until the lease needs renewing (a third of ten minutes).
        var time = new ManualTimeProvider(Utc(2026, 6, 10, 8));
        var bot = Process(time, new DailyFactOptions { PollInterval = TimeSpan.FromDays(1), LeaderLease = TimeSpan.FromMinutes(10) });
        var idle = bot.Scheduler.NextIdle;
        await bot.Scheduler.StartAsync(CancellationToken.None);
        await idle.WaitAsync(TimeSpan.FromSeconds(5));
        idle = bot.Scheduler.NextIdle;
        var sleepingUntil = time.NextDueAt;

        // Act
        await bot.Bot().HandleAsync(DailyFactHarness.Message("/dailyfact set 08:02 UTC"));
        await idle.WaitAsync(TimeSpan.FromSeconds(5));
        var wokeUntil = time.NextDueAt;
        await bot.MoveClockAsync(Utc(2026, 6, 10, 8, 3));
        await bot.Scheduler.StopAsync(CancellationToken.None);

        // Assert: the set woke the loop at once, and it now sleeps until the post is due.
        Assert.Equal(Utc(2026, 6, 10, 8) + TimeSpan.FromSeconds(200), sleepingUntil);
        Assert.Equal(Utc(2026, 6, 10, 8, 2), wokeUntil);
        Assert.Equal(Utc(2026, 6, 10, 8, 2), Assert.Single(bot.Sent).At);
    }

    [Fact(Timeout = 10_000)]
    public async Task A_restart_before_the_post_sends_it_late_the_same_day_once()
    {
        // Arrange: the first process stops at 08:00, before the 09:00 post.
        var time = new ManualTimeProvider(Utc(2026, 6, 10, 7));
        var first = Process(time);
        await first.SubscribeAsync("09:00", "UTC");
        await first.RunAtAsync(Utc(2026, 6, 10, 8));

        // Act: a new process starts at 10:30.
        var second = Process(time);
        await second.RunAtAsync(Utc(2026, 6, 10, 10, 30));
        await second.RunAtAsync(Utc(2026, 6, 10, 11));

        // Assert
        Assert.Empty(first.Sent);
        Assert.Equal(Utc(2026, 6, 10, 10, 30), Assert.Single(second.Sent).At);
    }

    [Fact(Timeout = 10_000)]
    public async Task A_restart_after_the_post_does_not_post_again()
    {
        // Arrange
        var time = new ManualTimeProvider(Utc(2026, 6, 10, 7));
        var first = Process(time);
        await first.SubscribeAsync("09:00", "UTC");
        await first.RunAtAsync(Utc(2026, 6, 10, 9));

        // Act
        var second = Process(time);
        await second.RunAtAsync(Utc(2026, 6, 10, 9, 30));
        await second.RunAtAsync(Utc(2026, 6, 10, 23, 59));

        // Assert
        Assert.Single(first.Sent);
        second.Transport.Verify(transport => transport.SendAsync(It.IsAny<ChatId>(), It.IsAny<Reply>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact(Timeout = 10_000)]
    public async Task A_process_stopped_while_sending_is_not_followed_by_a_second_send()
    {
        // Arrange: the first process's send hangs until the process stops.
        var time = new ManualTimeProvider(Utc(2026, 6, 10, 7));
        var first = Process(time);
        await first.SubscribeAsync("09:00", "UTC");
        var sending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        first.Transport.Setup(transport => transport.SendAsync(It.IsAny<ChatId>(), It.IsAny<Reply>(), It.IsAny<CancellationToken>()))
            .Returns(async (ChatId _, Reply _, CancellationToken cancellationToken) =>
            {
                sending.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return DeliveryResult.Sent;
            });
        using var stop = new CancellationTokenSource();
        time.SetUtcNow(Utc(2026, 6, 10, 9));
        var pass = first.Scheduler.RunDueAsync(stop.Token);
        await sending.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pass);

        // Act: a new process starts after the old claim's lease ran out, and keeps running into the next day.
        var second = Process(time);
        await second.RunAtAsync(Utc(2026, 6, 10, 9, 10));
        await second.RunAtAsync(Utc(2026, 6, 10, 12));
        await second.RunAtAsync(Utc(2026, 6, 11, 9));

        // Assert
        var today = await second.Posts.GetAsync(DailyFactHarness.Channel(), new DateOnly(2026, 6, 10));
        Assert.Equal(DailyPostState.Unconfirmed, today!.Status);
        Assert.Equal(Utc(2026, 6, 11, 9), Assert.Single(second.Sent).At);
    }

    [Fact(Timeout = 10_000)]
    public async Task A_post_claimed_by_a_process_that_died_before_sending_is_sent_once_when_its_lease_ends()
    {
        // Arrange: a dead process claimed today's post at 09:00 but never began to send.
        var time = new ManualTimeProvider(Utc(2026, 6, 10, 7));
        var bot = Process(time);
        await bot.SubscribeAsync("09:00", "UTC");
        var chosen = index.Facts.All[3].Id;
        await bot.Posts.TryClaimAsync(new PostClaim(DailyFactHarness.Channel(), new DateOnly(2026, 6, 10), chosen, 1, false, "dead", Utc(2026, 6, 10, 9), Utc(2026, 6, 10, 9, 2)));

        // Act
        await bot.RunAtAsync(Utc(2026, 6, 10, 9, 1));
        var whileLeased = bot.Sent.Count;
        await bot.RunAtAsync(Utc(2026, 6, 10, 9, 2));
        await bot.RunAtAsync(Utc(2026, 6, 10, 9, 3));

        // Assert
        Assert.Equal(0, whileLeased);
        var post = Assert.Single(bot.Sent);
        Assert.Equal((Utc(2026, 6, 10, 9, 2), chosen), (post.At, PostedFact(post)));
    }

    [Fact(Timeout = 10_000)]
    public async Task Yesterdays_missed_post_is_skipped()
    {
        // Arrange: the process was down all of 10 June.
        var time = new ManualTimeProvider(Utc(2026, 6, 10, 7));
        var bot = Process(time);
        await bot.SubscribeAsync("09:00", "UTC");

        // Act
        await bot.RunAtAsync(Utc(2026, 6, 11, 8));
        var morning = bot.Sent.Count;
        await bot.RunAtAsync(Utc(2026, 6, 11, 9));

        // Assert
        Assert.Equal(0, morning);
        Assert.Equal(Utc(2026, 6, 11, 9), Assert.Single(bot.Sent).At);
        Assert.Null(await bot.Posts.GetAsync(DailyFactHarness.Channel(), new DateOnly(2026, 6, 10)));
    }

    [Fact(Timeout = 20_000)]
    public async Task Two_schedulers_sharing_one_store_never_both_post()
    {
        // Arrange: two processes on one state file, a dozen chats.
        var time = new ManualTimeProvider(Utc(2026, 6, 10, 7));
        var first = Process(time);
        var second = Process(time);
        var chats = Enumerable.Range(1, 12).Select(n => $"-100{n}").ToList();
        foreach (var chat in chats)
            await first.SubscribeAsync("09:00", "UTC", chat: chat);

        // Act: both wake at the same moments for three days.
        for (var day = 0; day < 3; day++)
        {
            foreach (var minute in new[] { 0, 0, 1 })
            {
                time.SetUtcNow(Utc(2026, 6, 10, 9, minute).AddDays(day));
                await Task.WhenAll(Task.Run(() => first.Scheduler.RunDueAsync(CancellationToken.None)), Task.Run(() => second.Scheduler.RunDueAsync(CancellationToken.None)));
            }
        }

        // Assert
        var all = first.Sent.Concat(second.Sent).ToList();
        Assert.Equal(3 * chats.Count, all.Count);
        Assert.All(chats, chat => Assert.Equal(3, all.Count(post => post.Chat.Value == chat)));
        Assert.All(all.GroupBy(post => (post.Chat, post.At.Date)), group => Assert.Single(group));
    }

    [Fact(Timeout = 10_000)]
    public async Task A_chat_that_blocked_the_bot_is_deactivated_with_a_log_line_and_never_tried_again()
    {
        // Arrange
        var time = new ManualTimeProvider(Utc(2026, 6, 10, 7));
        var bot = Process(time);
        await bot.SubscribeAsync("09:00", "UTC");
        bot.RespondWith(DeliveryResult.Forbidden);

        // Act
        for (var day = 0; day < 3; day++)
        {
            await bot.RunAtAsync(Utc(2026, 6, 10, 9).AddDays(day));
            await bot.RunAtAsync(Utc(2026, 6, 10, 9, 10).AddDays(day));
        }

        // Assert
        Assert.Single(bot.Sent);
        var subscription = await bot.Subscriptions.GetAsync(DailyFactHarness.Channel());
        Assert.False(subscription!.Active);
        Assert.Contains("blocked", subscription.InactiveReason);
        Assert.Contains(bot.PosterLog.Entries, line => line.Level == LogLevel.Warning && line.Message.Contains("telegram:-100123 deactivated", StringComparison.Ordinal));
        Assert.Equal(DailyPostState.Forbidden, (await bot.Posts.GetAsync(DailyFactHarness.Channel(), new DateOnly(2026, 6, 10)))!.Status);
    }

    [Fact(Timeout = 10_000)]
    public async Task A_failed_post_is_retried_with_the_same_fact_after_the_retry_delay()
    {
        // Arrange
        var time = new ManualTimeProvider(Utc(2026, 6, 10, 7));
        var bot = Process(time, new DailyFactOptions { RetryDelay = TimeSpan.FromMinutes(5) });
        await bot.SubscribeAsync("09:00", "UTC");
        bot.RespondWith(DeliveryResult.Failed);

        // Act
        await bot.RunAtAsync(Utc(2026, 6, 10, 9));
        await bot.RunAtAsync(Utc(2026, 6, 10, 9, 4));
        var beforeRetry = bot.Sent.Count;
        bot.RespondWith(DeliveryResult.Sent);
        await bot.RunAtAsync(Utc(2026, 6, 10, 9, 5));
        await bot.RunAtAsync(Utc(2026, 6, 10, 9, 30));

        // Assert
        Assert.Equal(1, beforeRetry);
        Assert.Equal([Utc(2026, 6, 10, 9), Utc(2026, 6, 10, 9, 5)], bot.Sent.Select(post => post.At));
        Assert.Equal(PostedFact(bot.Sent.First()), PostedFact(bot.Sent.Last()));
        Assert.Equal(DailyPostState.Sent, (await bot.Posts.GetAsync(DailyFactHarness.Channel(), new DateOnly(2026, 6, 10)))!.Status);
    }

    [Fact(Timeout = 10_000)]
    public async Task A_post_that_keeps_failing_is_given_up_for_the_day_and_tried_again_the_next()
    {
        // Arrange
        var time = new ManualTimeProvider(Utc(2026, 6, 10, 7));
        var bot = Process(time, new DailyFactOptions { RetryDelay = TimeSpan.FromMinutes(5), MaxAttempts = 2 });
        await bot.SubscribeAsync("09:00", "UTC");
        bot.RespondWith(DeliveryResult.Failed);

        // Act
        foreach (var minute in new[] { 0, 5, 10, 15 })
            await bot.RunAtAsync(Utc(2026, 6, 10, 9, minute));
        await bot.RunAtAsync(Utc(2026, 6, 11, 9));

        // Assert
        Assert.Equal([Utc(2026, 6, 10, 9), Utc(2026, 6, 10, 9, 5), Utc(2026, 6, 11, 9)], bot.Sent.Select(post => post.At));
        Assert.Equal(DailyPostState.GaveUp, (await bot.Posts.GetAsync(DailyFactHarness.Channel(), new DateOnly(2026, 6, 10)))!.Status);
    }

    [Fact(Timeout = 10_000)]
    public async Task A_chat_on_a_platform_this_process_does_not_serve_is_left_to_one_that_does()
    {
        // Arrange
        var time = new ManualTimeProvider(Utc(2026, 6, 10, 7));
        var bot = Process(time);
        var discord = new ChannelKey(Platform.Discord, new ChatId("998877"));
        await bot.Subscriptions.SaveAsync(new Subscription(discord, new TimeOnly(9, 0), "UTC", "en", true, time.GetUtcNow(), "moderator"));

        // Act
        await bot.RunAtAsync(Utc(2026, 6, 10, 9));

        // Assert
        Assert.Empty(bot.Sent);
        Assert.Null(await bot.Posts.GetAsync(discord, new DateOnly(2026, 6, 10)));
    }
}
