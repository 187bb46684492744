using HistoryBot.Core.Chat;

namespace HistoryBot.Core.State;

/// <summary>One admin or moderator action: who, where, what, when, and how it ended.</summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    Platform Platform,
    ChatId ChatId,
    UserId UserId,
    string UserName,
    string Action,
    string Result);
