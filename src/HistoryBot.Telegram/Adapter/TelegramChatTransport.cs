using HistoryBot.Core.Chat;
using HistoryBot.Telegram.Client;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;

namespace HistoryBot.Telegram.Adapter;

/// <summary>
/// Messages the bot starts itself (the daily fact). A chat that blocked or removed the bot gives
/// <see cref="DeliveryResult.Forbidden"/>, and the scheduler turns its subscription off.
/// </summary>
internal sealed class TelegramChatTransport(TelegramReplySender sender, ILogger<TelegramChatTransport> logger) : IChatTransport
{
    public Platform Platform => Platform.Telegram;

    public async Task<DeliveryResult> SendAsync(ChatId chat, Reply reply, CancellationToken cancellationToken = default)
    {
        if (!TelegramAddressing.TryParseChatId(chat, out var chatId))
        {
            logger.LogWarning("{ChatId} is not a Telegram chat id", chat.Value);
            return DeliveryResult.Failed;
        }
        try
        {
            return (await sender.SendAsync(chatId, reply, cancellationToken: cancellationToken)).Result;
        }
        catch (RequestException ex)
        {
            logger.LogWarning("Sending to Telegram chat {ChatId} failed ({ErrorCode}: {Description})", chatId, ex.Code, ex.Message);
            return DeliveryResult.Failed;
        }
    }
}
