namespace HistoryBot.Telegram.Api.Requests;

/// <summary>Shows "typing…" (or another action) in the chat for about five seconds.</summary>
public sealed record SendChatActionRequest(long ChatId, string Action, int? MessageThreadId = null)
{
    public const string Typing = "typing";
}
