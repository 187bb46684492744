using HistoryBot.Core.Chat;
using HistoryBot.Core.State;
using HistoryBot.Telegram.Client;
using HistoryBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace HistoryBot.Telegram.Adapter;

/// <summary>
/// Sends and edits replies: HTML first, plain text when Telegram rejects the HTML; a 403 marks the
/// chat as blocked (nothing is sent there until it writes to the bot again); a group that became
/// a supergroup is followed to its new id.
/// </summary>
internal sealed class TelegramReplySender(ITelegramBotClient telegram, ITelegramStateStore store, IOptions<TelegramOptions> options, ILogger<TelegramReplySender> logger)
{
    /// <summary>Answers quote sources; a preview card of some link in them would only distract.</summary>
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>
    /// Sends a reply, as an answer to <paramref name="replyTo"/> when given, then applies its
    /// <see cref="Reply.Updates"/> by editing the sent message (in a forum, within topic
    /// <paramref name="threadId"/>). A reply split over several messages answers
    /// <paramref name="replyTo"/> with its first message, or with each one when
    /// <paramref name="replyWithEveryPart"/>. Failures other than 403 throw <see cref="RequestException"/>.
    /// </summary>
    public async Task<SentReply> SendAsync(long chatId, Reply reply, int? replyTo = null, int? threadId = null, bool replyWithEveryPart = false,
        CancellationToken cancellationToken = default)
    {
        if (await store.IsBlockedAsync(chatId, cancellationToken))
        {
            logger.LogDebug("Not sending to Telegram chat {ChatId}: it blocked the bot", chatId);
            return new SentReply(DeliveryResult.Forbidden);
        }

        // Buttons and later edits belong under the whole reply, so those replies stay one message.
        var single = reply.Buttons.Count > 0 || reply.Updates is not null;
        var texts = TelegramRenderer.Render(reply, single ? 1 : options.Value.MaxMessagesPerReply);
        var keyboard = Keyboard(reply);
        Message? last = null;
        try
        {
            for (var i = 0; i < texts.Count; i++)
            {
                var answering = (i == 0 || replyWithEveryPart) && replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;
                last = await SendMessageAsync(chatId, texts[i], threadId, answering, i == texts.Count - 1 ? keyboard : null, cancellationToken);
                chatId = last.Chat.Id;
            }
        }
        catch (RequestException ex) when (ex.IsForbidden)
        {
            await BlockAsync(chatId, ex, cancellationToken);
            return new SentReply(DeliveryResult.Forbidden);
        }

        if (reply.Updates is not null && last is not null)
            await ApplyUpdatesAsync(chatId, last.MessageId, reply.Updates, cancellationToken);
        return new SentReply(DeliveryResult.Sent, last?.MessageId);
    }

    /// <summary>Replaces a message's text and buttons (a pressed button's answer), then applies the reply's updates.</summary>
    public async Task<DeliveryResult> EditAsync(long chatId, int messageId, Reply reply, CancellationToken cancellationToken = default)
    {
        try
        {
            await EditOnceAsync(chatId, messageId, reply, cancellationToken);
        }
        catch (RequestException ex) when (ex.IsForbidden)
        {
            await BlockAsync(chatId, ex, cancellationToken);
            return DeliveryResult.Forbidden;
        }
        if (reply.Updates is not null)
            await ApplyUpdatesAsync(chatId, messageId, reply.Updates, cancellationToken);
        return DeliveryResult.Sent;
    }

    private async Task<Message> SendMessageAsync(long chatId, TelegramText text, int? threadId, ReplyParameters? replyTo, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        try
        {
            return await SendFormattedAsync(chatId, text, threadId, replyTo, keyboard, cancellationToken);
        }
        catch (RequestException ex) when (ex.MigrateToChatId is { } newChatId)
        {
            logger.LogInformation("Telegram chat {ChatId} became supergroup {NewChatId}; sending there", chatId, newChatId);
            return await SendFormattedAsync(newChatId, text, threadId, replyTo: null, keyboard, cancellationToken);
        }
    }

    private async Task<Message> SendFormattedAsync(long chatId, TelegramText text, int? threadId, ReplyParameters? replyTo, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        try
        {
            return await telegram.SendMessage(chatId, text.Html, ParseMode.Html, replyTo, keyboard, NoPreview, threadId, cancellationToken: cancellationToken);
        }
        catch (RequestException ex) when (ex.IsFormattingRejected)
        {
            logger.LogWarning("Telegram rejected the formatting of a reply in chat {ChatId} ({Description}); sending it as plain text", chatId, ex.Message);
            return await telegram.SendMessage(chatId, text.Plain, ParseMode.None, replyTo, keyboard, NoPreview, threadId, cancellationToken: cancellationToken);
        }
    }

    private async Task EditOnceAsync(long chatId, int messageId, Reply reply, CancellationToken cancellationToken)
    {
        var text = TelegramRenderer.Render(reply, maxMessages: 1)[0];
        var keyboard = Keyboard(reply);
        try
        {
            try
            {
                await telegram.EditMessageText(chatId, messageId, text.Html, ParseMode.Html, keyboard, NoPreview, cancellationToken: cancellationToken);
            }
            catch (RequestException ex) when (ex.IsFormattingRejected)
            {
                logger.LogWarning("Telegram rejected the formatting of an edit in chat {ChatId} ({Description}); editing with plain text", chatId, ex.Message);
                await telegram.EditMessageText(chatId, messageId, text.Plain, ParseMode.None, keyboard, NoPreview, cancellationToken: cancellationToken);
            }
        }
        catch (RequestException ex) when (ex.IsNotModified)
        {
            // The same page pressed twice: the message already shows it.
        }
    }

    /// <summary>Later versions of a reply (progress of a long job) replace the message one by one.</summary>
    private async Task ApplyUpdatesAsync(long chatId, int messageId, IAsyncEnumerable<Reply> updates, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var update in updates.WithCancellation(cancellationToken))
                await EditOnceAsync(chatId, messageId, update, cancellationToken);
        }
        catch (RequestException ex) when (ex.IsForbidden)
        {
            await BlockAsync(chatId, ex, cancellationToken);
        }
    }

    private InlineKeyboardMarkup? Keyboard(Reply reply)
    {
        var keyboard = TelegramRenderer.Keyboard(reply.Buttons);
        var shown = keyboard?.InlineKeyboard.Sum(row => row.Count()) ?? 0;
        if (shown < reply.Buttons.Count)
            logger.LogWarning("Left out {Count} buttons whose data is empty or longer than {Max} bytes", reply.Buttons.Count - shown, TelegramRenderer.MaxCallbackDataBytes);
        return keyboard;
    }

    private async Task BlockAsync(long chatId, RequestException ex, CancellationToken cancellationToken)
    {
        logger.LogWarning("Telegram chat {ChatId} does not accept messages from the bot ({Description}); not sending there until it writes to the bot again",
            chatId, ex.Message);
        await store.BlockAsync(chatId, ex.Message, cancellationToken);
    }
}
