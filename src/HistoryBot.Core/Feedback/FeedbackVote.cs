using HistoryBot.Core.Chat;

namespace HistoryBot.Core.Feedback;

/// <summary>
/// One user's vote on one answer, with what /gaps needs to report it: the question, its
/// language, the answer's source and paragraph, and the chat (for moderators' own reports).
/// The user id keeps it one vote per user; no name is stored.
/// </summary>
public sealed record FeedbackVote(
    Platform Platform,
    ChatId ChatId,
    UserId UserId,
    AnswerRef Answer,
    string Question,
    string? Language,
    VoteDirection Direction);
