namespace HistoryBot.Core.Chat;

/// <summary>A user on one platform (Telegram user id, Discord user snowflake).</summary>
public readonly record struct UserId(string Value)
{
    public override string ToString() => Value;
}
