using HistoryBot.Core.Chat;

namespace HistoryBot.Core.Feedback;

/// <summary>
/// The 👍/👎 votes under answers, kept in the state database: one vote per user per answer,
/// the optional reason of a 👎, and the reason a Telegram user was asked to send as their next
/// message.
/// </summary>
public interface IFeedbackStore
{
    /// <summary>Casts, changes or (the same direction again) withdraws the user's vote on the answer.</summary>
    Task<VoteResult> CastAsync(FeedbackVote vote, CancellationToken cancellationToken = default);

    Task<VoteTally> TallyAsync(AnswerRef answer, CancellationToken cancellationToken = default);

    /// <summary>Stores the reason of the user's own 👎 <paramref name="voteId"/>; false when that is not theirs or no longer a 👎.</summary>
    Task<bool> SetReasonAsync(long voteId, Platform platform, UserId user, string reason, CancellationToken cancellationToken = default);

    /// <summary>Remembers that the user's next message in the chat, until <paramref name="until"/>, is the reason for a 👎 (button data <paramref name="data"/>).</summary>
    Task ExpectReasonAsync(Platform platform, ChatId chat, UserId user, string data, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>The data of the reason this user owes in this chat at <paramref name="now"/>, forgotten as it is taken; null when none.</summary>
    Task<string?> TakeExpectedReasonAsync(Platform platform, ChatId chat, UserId user, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The 👎 votes since <paramref name="since"/>, of one chat when given, newest first.</summary>
    Task<IReadOnlyList<DownvotedAnswer>> DownvotesAsync(DateTimeOffset since, Platform? platform, ChatId? chat, CancellationToken cancellationToken = default);
}
