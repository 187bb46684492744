using HistoryBot.Core.Chat;

namespace HistoryBot.Core.Gaps;

/// <summary>
/// A chat that gets the coverage-gaps digest every week from <see cref="Since"/>: of every chat
/// when a bot admin set it (<see cref="AllChats"/>), else of that chat alone.
/// </summary>
public sealed record GapDigest(Platform Platform, ChatId ChatId, bool AllChats, DateTimeOffset Since, string SetBy);
