using HistoryBot.Core.Chat;

namespace HistoryBot.Telegram.Adapter;

/// <summary>How sending a reply ended, and the id of its last message (the one with the buttons).</summary>
internal sealed record SentReply(DeliveryResult Result, int? LastMessageId = null);
