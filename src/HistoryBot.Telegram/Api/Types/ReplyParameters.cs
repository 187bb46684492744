namespace HistoryBot.Telegram.Api.Types;

/// <summary>Which message a new message answers.</summary>
public sealed record ReplyParameters(int MessageId, bool? AllowSendingWithoutReply = null);
