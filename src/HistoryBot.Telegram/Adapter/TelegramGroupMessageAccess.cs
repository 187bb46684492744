using HistoryBot.Core.Chat;
using HistoryBot.Core.Settings;
using HistoryBot.Telegram.Client;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace HistoryBot.Telegram.Adapter;

/// <summary>
/// Telegram delivers a group's plain messages to a bot only when its privacy mode is off
/// (getMe's can_read_all_group_messages) or the bot administers the group (getChatMember of
/// the bot itself, asked only when privacy mode is on).
/// </summary>
internal sealed class TelegramGroupMessageAccess(TelegramBotIdentity identity, ITelegramBotClient telegram, ILogger<TelegramGroupMessageAccess> logger) : IGroupMessageAccess
{
    private const string PrivacyModeOn =
        "Telegram's privacy mode is on for this bot, so it sees plain messages only in groups where it is an administrator: "
        + "make it an administrator here, or turn privacy mode off (@BotFather → /setprivacy → Disable) and add the bot to the group again.";

    public Platform Platform => Platform.Telegram;

    public async Task<string?> LimitationAsync(ChatId chat, CancellationToken cancellationToken = default)
    {
        if (identity.Current is not { CanReadAllGroupMessages: false } me)
            return null;
        if (!TelegramAddressing.TryParseChatId(chat, out var chatId))
            return PrivacyModeOn;
        try
        {
            var member = await telegram.GetChatMember(chatId, me.Id, cancellationToken);
            return member.IsAdmin ? null : PrivacyModeOn;
        }
        catch (RequestException ex)
        {
            // Without an answer the warning stays: it names both ways out.
            logger.LogWarning("Could not look up the bot's own membership in Telegram chat {ChatId} ({ErrorCode}: {Description})", chatId, ex.Code, ex.Message);
            return PrivacyModeOn;
        }
    }
}
