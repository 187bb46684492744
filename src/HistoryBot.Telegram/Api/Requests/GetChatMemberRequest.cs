namespace HistoryBot.Telegram.Api.Requests;

public sealed record GetChatMemberRequest(long ChatId, long UserId);
