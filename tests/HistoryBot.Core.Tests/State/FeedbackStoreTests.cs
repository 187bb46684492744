using HistoryBot.Core.Chat;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Feedback;
using HistoryBot.Core.State;
using HistoryBot.Testing;
using Xunit;

namespace HistoryBot.Core.Tests.State;

/// <summary>The votes under answers, on each provider (SQLite always, PostgreSQL where a server is configured).</summary>
public sealed class FeedbackStoreTests
{
    private static readonly AnswerRef Answer = new("abcdefghij", new SourceId("why-ussr-not-accepted-into-nato.en"), 3);

    private static FeedbackVote Vote(string user, VoteDirection direction, AnswerRef? answer = null) =>
        new(Platform.Telegram, new ChatId("-100"), new UserId(user), answer ?? Answer, "When did the USSR ask to join NATO?", "en", direction);

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task Each_user_has_one_vote_per_answer_that_a_second_press_changes_or_withdraws(StateProvider provider)
    {
        using var state = new TestStateDatabase(provider);
        // Arrange
        var time = new ManualTimeProvider();
        var store = new SqlFeedbackStore(state.Open(), time);

        // Act
        var first = await store.CastAsync(Vote("ann", VoteDirection.Up));
        var other = await store.CastAsync(Vote("bob", VoteDirection.Up));
        var changed = await store.CastAsync(Vote("ann", VoteDirection.Down));
        var elsewhere = await store.CastAsync(Vote("ann", VoteDirection.Down, Answer with { ParagraphNumber = 4 }));
        var withdrawn = await store.CastAsync(Vote("bob", VoteDirection.Up));

        // Assert
        Assert.Equal((VoteOutcome.Cast, new VoteTally(1, 0)), (first.Outcome, first.Tally));
        Assert.Equal((VoteOutcome.Cast, new VoteTally(2, 0)), (other.Outcome, other.Tally));
        Assert.Equal((VoteOutcome.Changed, new VoteTally(1, 1), first.VoteId), (changed.Outcome, changed.Tally, changed.VoteId));
        Assert.Equal((VoteOutcome.Cast, new VoteTally(0, 1)), (elsewhere.Outcome, elsewhere.Tally));
        Assert.Equal((VoteOutcome.Withdrawn, new VoteTally(0, 1)), (withdrawn.Outcome, withdrawn.Tally));
        Assert.Equal(new VoteTally(0, 1), await new SqlFeedbackStore(state.Open(), time).TallyAsync(Answer));
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task A_reason_is_kept_only_for_the_voters_own_standing_downvote(StateProvider provider)
    {
        using var state = new TestStateDatabase(provider);
        // Arrange
        var time = new ManualTimeProvider();
        var store = new SqlFeedbackStore(state.Open(), time);
        var down = await store.CastAsync(Vote("ann", VoteDirection.Down));
        var up = await store.CastAsync(Vote("bob", VoteDirection.Up));

        // Act
        var byOther = await store.SetReasonAsync(down.VoteId, Platform.Telegram, new UserId("bob"), "spam");
        var onUpvote = await store.SetReasonAsync(up.VoteId, Platform.Telegram, new UserId("bob"), "spam");
        var own = await store.SetReasonAsync(down.VoteId, Platform.Telegram, new UserId("ann"), "  Wrong year: it was 1954. " + new string('x', 400));
        var downvotes = await store.DownvotesAsync(time.GetUtcNow().AddDays(-1), null, null);

        // Assert
        Assert.False(byOther);
        Assert.False(onUpvote);
        Assert.True(own);
        var only = Assert.Single(downvotes);
        Assert.StartsWith("Wrong year: it was 1954.", only.Reason);
        Assert.Equal(SqlFeedbackStore.MaxReasonLength, only.Reason!.Length);
        Assert.Equal(("When did the USSR ask to join NATO?", "en", Answer.SourceId, 3), (only.Question, only.Language, only.SourceId, only.ParagraphNumber));
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task An_owed_reason_is_taken_once_by_that_user_in_that_chat_and_not_after_it_expired(StateProvider provider)
    {
        using var state = new TestStateDatabase(provider);
        // Arrange
        var time = new ManualTimeProvider();
        var store = new SqlFeedbackStore(state.Open(), time);
        var chat = new ChatId("-100");
        var now = time.GetUtcNow();
        await store.ExpectReasonAsync(Platform.Telegram, chat, new UserId("ann"), "why:1", now.AddMinutes(2));
        await store.ExpectReasonAsync(Platform.Telegram, chat, new UserId("bob"), "why:2", now.AddMinutes(2));

        // Act
        var otherChat = await store.TakeExpectedReasonAsync(Platform.Telegram, new ChatId("-200"), new UserId("ann"), now);
        var taken = await store.TakeExpectedReasonAsync(Platform.Telegram, chat, new UserId("ann"), now.AddMinutes(1));
        var again = await store.TakeExpectedReasonAsync(Platform.Telegram, chat, new UserId("ann"), now.AddMinutes(1));
        var expired = await store.TakeExpectedReasonAsync(Platform.Telegram, chat, new UserId("bob"), now.AddMinutes(3));

        // Assert
        Assert.Null(otherChat);
        Assert.Equal("why:1", taken);
        Assert.Null(again);
        Assert.Null(expired);
    }
}
