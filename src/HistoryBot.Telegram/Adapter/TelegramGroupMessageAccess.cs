using HistoryBot.Core.Chat;
using HistoryBot.Core.Settings;

namespace HistoryBot.Telegram.Adapter;

/// <summary>
/// Telegram delivers a group's plain messages to a bot only when its privacy mode is off
/// (getMe's can_read_all_group_messages) or the bot administers the group.
/// </summary>
internal sealed class TelegramGroupMessageAccess(TelegramBotIdentity identity) : IGroupMessageAccess
{
    public Platform Platform => Platform.Telegram;

    public string? Limitation => identity.Current is { CanReadAllGroupMessages: false }
        ? "Telegram's privacy mode is on for this bot, so it sees plain messages only in groups where it is an administrator: "
          + "make it an administrator here, or turn privacy mode off (@BotFather → /setprivacy → Disable) and add the bot to the group again."
        : null;
}
