using HistoryBot.Core.Chat;
using HistoryBot.Core.Facts;
using HistoryBot.Core.State;
using HistoryBot.Testing;
using Xunit;

namespace HistoryBot.Core.Tests.State;

/// <summary>The daily-fact stores, on each provider (SQLite always, PostgreSQL where a server is configured).</summary>
public sealed class FactStateStoreTests
{
    private static readonly DateOnly Day = new(2026, 3, 31);
    private static readonly DateTimeOffset Noon = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);
    private static readonly ChannelKey Channel = new(Platform.Discord, new ChatId("1234567890"));

    private static PostClaim Claim(string owner, DateTimeOffset now, string fact = "aaaaaaaaaa") =>
        new(Channel, Day, new FactId(fact), 1, false, owner, now, now.AddMinutes(2));

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task A_subscription_is_kept_per_platform_and_chat_and_can_be_deactivated(StateProvider provider)
    {
        using var state = new TestStateDatabase(provider);
        // Arrange
        var store = new SqlSubscriptionStore(state.Open());
        var subscription = new Subscription(Channel, new TimeOnly(9, 0), "Europe/Vilnius", "lt", true, Noon, "Alice");
        var otherPlatform = subscription with { Channel = new ChannelKey(Platform.Telegram, Channel.ChatId), Time = new TimeOnly(18, 30) };

        // Act
        await store.SaveAsync(subscription);
        await store.SaveAsync(otherPlatform);
        var deactivated = await store.DeactivateAsync(Channel, "blocked");
        var deactivatedAgain = await store.DeactivateAsync(Channel, "blocked");

        // Assert
        Assert.True(deactivated);
        Assert.False(deactivatedAgain);
        Assert.Equal(subscription with { Active = false, InactiveReason = "blocked" }, await new SqlSubscriptionStore(state.Open()).GetAsync(Channel));
        Assert.Equal([otherPlatform], await store.ActiveAsync());
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task Only_one_claim_on_a_day_wins(StateProvider provider)
    {
        using var state = new TestStateDatabase(provider);
        // Arrange
        var first = new SqlFactPostLog(state.Open());
        var second = new SqlFactPostLog(state.Open());

        // Act
        var won = await first.TryClaimAsync(Claim("A", Noon));
        var lost = await second.TryClaimAsync(Claim("B", Noon.AddSeconds(30)));

        // Assert
        Assert.NotNull(won);
        Assert.Equal(("A", DailyPostState.Claimed, 1, "discord:1234567890:2026-03-31"), (won.Owner, won.Status, won.Attempts, won.IdempotencyKey));
        Assert.Null(lost);
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task A_claim_whose_lease_ran_out_before_sending_is_taken_over_and_the_old_owner_loses_it(StateProvider provider)
    {
        using var state = new TestStateDatabase(provider);
        // Arrange
        var log = new SqlFactPostLog(state.Open());
        await log.TryClaimAsync(Claim("A", Noon));

        // Act
        var takenOver = await log.TryClaimAsync(Claim("B", Noon.AddMinutes(3)));
        var oldOwnerSends = await log.BeginSendingAsync(Channel, Day, "A", Noon.AddMinutes(5));
        var newOwnerSends = await log.BeginSendingAsync(Channel, Day, "B", Noon.AddMinutes(5));

        // Assert
        Assert.Equal(("B", 2), (takenOver!.Owner, takenOver.Attempts));
        Assert.False(oldOwnerSends);
        Assert.True(newOwnerSends);
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task A_post_that_began_sending_is_never_claimed_again_and_becomes_unconfirmed_after_its_lease(StateProvider provider)
    {
        using var state = new TestStateDatabase(provider);
        // Arrange
        var log = new SqlFactPostLog(state.Open());
        await log.TryClaimAsync(Claim("A", Noon));
        await log.BeginSendingAsync(Channel, Day, "A", Noon.AddMinutes(2));

        // Act
        var tooEarly = await log.MarkUnconfirmedAsync(Channel, Day, Noon.AddMinutes(1));
        var reclaim = await log.TryClaimAsync(Claim("B", Noon.AddHours(1)));
        var unconfirmed = await log.MarkUnconfirmedAsync(Channel, Day, Noon.AddHours(1));
        var reclaimLater = await log.TryClaimAsync(Claim("C", Noon.AddHours(2)));

        // Assert
        Assert.False(tooEarly);
        Assert.Null(reclaim);
        Assert.True(unconfirmed);
        Assert.Null(reclaimLater);
        Assert.Equal(DailyPostState.Unconfirmed, (await log.GetAsync(Channel, Day))!.Status);
        Assert.Equal([new FactId("aaaaaaaaaa")], await log.PostedInCycleAsync(Channel, 1));
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task A_failed_post_may_be_claimed_again_but_a_sent_one_may_not(StateProvider provider)
    {
        using var state = new TestStateDatabase(provider);
        // Arrange
        var log = new SqlFactPostLog(state.Open());
        await log.TryClaimAsync(Claim("A", Noon));
        await log.BeginSendingAsync(Channel, Day, "A", Noon.AddMinutes(2));
        await log.FinishAsync(Channel, Day, "A", DailyPostState.Failed, Noon, Noon.AddMinutes(5), "timeout");

        // Act
        var retry = await log.TryClaimAsync(Claim("A", Noon.AddMinutes(5)));
        await log.BeginSendingAsync(Channel, Day, "A", Noon.AddMinutes(7));
        var finished = await log.FinishAsync(Channel, Day, "A", DailyPostState.Sent, Noon.AddMinutes(5));
        var afterSent = await log.TryClaimAsync(Claim("B", Noon.AddHours(3)));

        // Assert
        Assert.Equal(2, retry!.Attempts);
        Assert.True(finished);
        Assert.Null(afterSent);
        var post = await log.GetAsync(Channel, Day);
        Assert.Equal((DailyPostState.Sent, Noon.AddMinutes(5)), (post!.Status, post.FinishedAt));
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task A_completed_cycle_moves_on_once_however_many_processes_ask(StateProvider provider)
    {
        using var state = new TestStateDatabase(provider);
        // Arrange
        var time = new ManualTimeProvider();
        var first = new SqlFactRotationStore(state.Open(), time);
        var second = new SqlFactRotationStore(state.Open(), time);

        // Act
        var initial = await first.CurrentCycleAsync(Channel);
        var movedByFirst = await first.StartNextCycleAsync(Channel, 1);
        var movedBySecond = await second.StartNextCycleAsync(Channel, 1);
        var third = await second.StartNextCycleAsync(Channel, 2);

        // Assert
        Assert.Equal((1, 2, 2, 3), (initial, movedByFirst, movedBySecond, third));
        Assert.Equal(3, await first.CurrentCycleAsync(Channel));
    }
}
