namespace HistoryBot.Core.Chat;

public enum Platform
{
    Console,
    Telegram,
    Discord,
}
