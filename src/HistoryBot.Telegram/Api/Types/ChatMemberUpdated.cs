namespace HistoryBot.Telegram.Api.Types;

/// <summary>The bot's own membership changed: added, promoted, removed or blocked.</summary>
public sealed record ChatMemberUpdated(Chat Chat, User From, long Date, ChatMember OldChatMember, ChatMember NewChatMember);
