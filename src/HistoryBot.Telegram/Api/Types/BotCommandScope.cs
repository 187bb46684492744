namespace HistoryBot.Telegram.Api.Types;

/// <summary>Who sees a command menu (Bot API BotCommandScope*, told apart by <see cref="Type"/>).</summary>
public sealed record BotCommandScope(string Type, long? ChatId = null, long? UserId = null)
{
    public static BotCommandScope Default { get; } = new("default");

    public static BotCommandScope AllChatAdministrators { get; } = new("all_chat_administrators");

    /// <summary>One chat; for a user's private chat with the bot the chat id is the user id.</summary>
    public static BotCommandScope Chat(long chatId) => new("chat", ChatId: chatId);
}
