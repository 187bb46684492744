using System.Text.Json.Serialization;

namespace HistoryBot.Telegram.Api.Types;

/// <summary>One incoming update; at most one of the optional fields is set (only those we ask for are modelled).</summary>
public sealed record Update(
    long UpdateId,
    Message? Message = null,
    CallbackQuery? CallbackQuery = null,
    ChatMemberUpdated? MyChatMember = null)
{
    /// <summary>The chat the update belongs to, for ordering and logs.</summary>
    [JsonIgnore]
    public long? ChatId => Message?.Chat.Id ?? CallbackQuery?.Message?.Chat.Id ?? MyChatMember?.Chat.Id;

    /// <summary>A short name of the update's kind, for logs (never the payload).</summary>
    [JsonIgnore]
    public string Kind => Message is not null ? "message"
        : CallbackQuery is not null ? "callback_query"
        : MyChatMember is not null ? "my_chat_member"
        : "other";
}
