using System.Globalization;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Settings;
using HistoryBot.Core.State;
using HistoryBot.Telegram.Client;
using HistoryBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using ChatAction = HistoryBot.Core.Chat.ChatAction;
using ChatId = HistoryBot.Core.Chat.ChatId;
using TelegramChatAction = Telegram.Bot.Types.Enums.ChatAction;

namespace HistoryBot.Telegram.Adapter;

/// <summary>
/// Translates one update, once the <see cref="TelegramUpdateRunner"/> has let it through: a
/// Telegram message or button press in, a <see cref="ChatMessage"/> or <see cref="ChatAction"/>
/// to the chat core, its <see cref="Reply"/> rendered back. Knows nothing about search, nor about
/// duplicates, ordering and failures (the runner's part).
/// </summary>
internal sealed class TelegramUpdateTranslator(
    IChatBot bot,
    ITelegramBotClient telegram,
    TelegramBotIdentity identity,
    TelegramRoles roles,
    TelegramReplySender sender,
    ITelegramStateStore store,
    ChatSettingsCache settings,
    TimeProvider time,
    ILogger<TelegramUpdateTranslator> logger)
{
    /// <summary>"typing…" shows for five seconds; renew it a little earlier.</summary>
    private static readonly TimeSpan TypingRenewal = TimeSpan.FromSeconds(4);

    private const long MaxDownloadBytes = 20 * 1024 * 1024;

    private readonly string[] _commandNames = bot.Commands.Select(command => command.Name).ToArray();

    public async Task TranslateAsync(Update update, CancellationToken cancellationToken = default)
    {
        var me = await identity.WaitAsync(cancellationToken);
        if (update.Message is { } message)
            await HandleMessageAsync(message, me, cancellationToken);
        else if (update.CallbackQuery is { } query)
            await HandleCallbackAsync(query, cancellationToken);
        else if (update.MyChatMember is { } membership)
            await HandleMembershipAsync(membership, cancellationToken);
    }

    private async Task HandleMessageAsync(Message message, User me, CancellationToken cancellationToken)
    {
        if (await FollowUpAsync(message, cancellationToken))
            return;
        if (message.From is not { } from)
            return;
        var chat = message.Chat;
        var chatSettings = TelegramAddressing.IsGroup(chat) ? await settings.GetAsync(Platform.Telegram, ChatIdOf(chat), cancellationToken) : ChatSettings.Default;
        var addressed = TelegramAddressing.Address(message, me, _commandNames);
        // In a chat whose moderators made every message a question (/settings questions all).
        var unaddressed = addressed is null && chatSettings.Questions == QuestionMode.All;
        if (unaddressed)
            addressed = TelegramAddressing.PlainGroupText(message);
        if (addressed is null)
            return;
        // A chat that writes to the bot accepts its answers again (unblocked, or re-added).
        if (await store.UnblockAsync(chat.Id, cancellationToken))
            logger.LogInformation("Telegram chat {ChatId} writes to the bot again; sending there again", chat.Id);

        var role = await roles.ResolveAsync(chat, from, message.SenderChat, cancellationToken);
        var chatMessage = new ChatMessage(OriginOf(chat, from, role), addressed.Text, Attachment(message.Document), addressed.IsQuoted, unaddressed);
        logger.LogDebug("Telegram message {MessageId} in chat {ChatId} from user {UserId} ({Role}) is for the bot", message.MessageId, chat.Id, from.Id, role);

        // In a forum the answer and "typing…" belong in the question's topic.
        var threadId = message.IsTopicMessage ? message.MessageThreadId : null;
        Reply reply;
        using (var typing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var indicator = KeepTypingAsync(chat.Id, threadId, typing.Token);
            try
            {
                reply = await bot.HandleAsync(chatMessage, cancellationToken);
            }
            finally
            {
                await typing.CancelAsync();
                await indicator;
            }
        }
        // Small talk in a chat where every message is a question gets no reply.
        if (reply.Kind == ReplyKind.None)
            return;
        // Threads on: every message of a long reply answers the question (its reply thread, in its topic).
        await sender.SendAsync(chat.Id, reply, message.MessageId, threadId, replyWithEveryPart: chatSettings.ThreadsReply(reply), cancellationToken: cancellationToken);
    }

    /// <summary>
    /// The user's next message after a 👎 is its reason, as the bot announced, even when it is not
    /// addressed to the bot: the core says whether this user owes one here.
    /// </summary>
    private async Task<bool> FollowUpAsync(Message message, CancellationToken cancellationToken)
    {
        if (message.From is not { IsBot: false } from || message.Text is not { Length: > 0 } text || message.ForwardOrigin is not null
            || !(TelegramAddressing.IsPrivate(message.Chat) || TelegramAddressing.IsGroup(message.Chat)))
            return false;
        var origin = OriginOf(message.Chat, from, ChatRole.Member);
        if (await bot.HandleFollowUpAsync(new ChatMessage(origin, text), cancellationToken) is not { } reply)
            return false;
        var threadId = message.IsTopicMessage ? message.MessageThreadId : null;
        await sender.SendAsync(message.Chat.Id, reply, message.MessageId, threadId, cancellationToken: cancellationToken);
        return true;
    }

    private async Task HandleCallbackAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        var answered = false;
        try
        {
            // Buttons of inline messages, games and unknown clients carry nothing the core knows.
            if (query.Data is not { Length: > 0 } data || query.Message is not { } message
                || !(TelegramAddressing.IsPrivate(message.Chat) || TelegramAddressing.IsGroup(message.Chat)))
                return;
            var chat = message.Chat;
            await store.UnblockAsync(chat.Id, cancellationToken);
            var role = await roles.ResolveAsync(chat, query.From, cancellationToken: cancellationToken);
            var action = new ChatAction(OriginOf(chat, query.From, role), data);
            var reply = await bot.HandleActionAsync(action, cancellationToken);

            if (reply.Kind is ReplyKind.Error or ReplyKind.Refusal or ReplyKind.RateLimited)
            {
                // Only the presser sees an alert; the message stays as it was for everyone else.
                await telegram.AnswerCallbackQuery(query.Id, TelegramRenderer.AlertText(reply), showAlert: true, cancellationToken: cancellationToken);
                answered = true;
                return;
            }
            // A 👎 announces that the presser's next message here is taken as its reason.
            await telegram.AnswerCallbackQuery(query.Id, reply.AskReason is { } ask ? TelegramRenderer.Shorten(ask.FollowUp, TelegramRenderer.MaxAlertLength) : null,
                cancellationToken: cancellationToken);
            answered = true;
            // An inaccessible message (too old for the bot to see) comes with date 0.
            if (message.Date != default)
                await sender.EditAsync(chat.Id, message.MessageId, reply, cancellationToken);
            else
                await sender.SendAsync(chat.Id, reply, cancellationToken: cancellationToken);
        }
        finally
        {
            if (!answered && !cancellationToken.IsCancellationRequested)
                await AnswerQuietlyAsync(query.Id, cancellationToken);
        }
    }

    /// <summary>The bot was added, promoted, removed or blocked: remember whether it may post there.</summary>
    private async Task HandleMembershipAsync(ChatMemberUpdated membership, CancellationToken cancellationToken)
    {
        var chatId = membership.Chat.Id;
        if (!membership.NewChatMember.IsInChat)
        {
            logger.LogInformation("The bot was removed from or blocked in Telegram chat {ChatId} ({Status})", chatId, membership.NewChatMember.Status);
            await store.BlockAsync(chatId, membership.NewChatMember.Status.ToString().ToLowerInvariant(), cancellationToken);
        }
        else if (await store.UnblockAsync(chatId, cancellationToken))
        {
            logger.LogInformation("The bot is back in Telegram chat {ChatId} ({Status})", chatId, membership.NewChatMember.Status);
        }
    }

    private async Task KeepTypingAsync(long chatId, int? threadId, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await telegram.SendChatAction(chatId, TelegramChatAction.Typing, threadId, cancellationToken: cancellationToken);
                await Task.Delay(TypingRenewal, time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (RequestException ex)
        {
            // A missing "typing…" is no reason to delay or fail the answer.
            logger.LogDebug("Typing indicator in Telegram chat {ChatId} failed: {Description}", chatId, ex.Message);
        }
    }

    /// <summary>The client shows a spinner until the query is answered, even when there is nothing to say.</summary>
    private async Task AnswerQuietlyAsync(string queryId, CancellationToken cancellationToken)
    {
        try
        {
            await telegram.AnswerCallbackQuery(queryId, cancellationToken: cancellationToken);
        }
        catch (RequestException ex)
        {
            logger.LogDebug("Answering callback query failed: {Description}", ex.Message);
        }
    }

    /// <summary>
    /// A document sent with the message (/addsource), downloaded only when the core opens it.
    /// Failures reach the core as <see cref="IOException"/>, which it turns into a clear answer.
    /// </summary>
    private ChatAttachment? Attachment(Document? document)
    {
        if (document is null)
            return null;
        return new ChatAttachment(document.FileName ?? "document", document.FileSize, async cancellationToken =>
        {
            try
            {
                var file = await telegram.GetFile(document.FileId, cancellationToken);
                if (file.FilePath is not { Length: > 0 } path || file.FileSize > MaxDownloadBytes)
                    throw new IOException("Telegram lets bots download files up to 20 MB");
                var content = new MemoryStream();
                await telegram.DownloadFile(path, content, cancellationToken);
                content.Position = 0;
                return content;
            }
            catch (RequestException ex)
            {
                throw new IOException(ex.Message);
            }
        });
    }

    private static ChatId ChatIdOf(Chat chat) => new(chat.Id.ToString(CultureInfo.InvariantCulture));

    private static ChatOrigin OriginOf(Chat chat, User user, ChatRole role) => new(
        Platform.Telegram,
        ChatIdOf(chat),
        new UserId(user.Id.ToString(CultureInfo.InvariantCulture)),
        TelegramAddressing.DisplayName(user),
        role,
        TelegramAddressing.IsPrivate(chat) ? ChatKind.Private : ChatKind.Group,
        TelegramAddressing.LanguageHint(user.LanguageCode));
}
