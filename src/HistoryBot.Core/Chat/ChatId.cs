namespace HistoryBot.Core.Chat;

/// <summary>A chat, channel or DM on one platform (Telegram chat id, Discord channel snowflake).</summary>
public readonly record struct ChatId(string Value)
{
    public override string ToString() => Value;
}
