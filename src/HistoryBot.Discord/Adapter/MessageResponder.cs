using System.Net;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Settings;
using HistoryBot.Core.State;
using HistoryBot.Discord.Models;
using HistoryBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Discord.Adapter;

/// <summary>
/// Messages: a DM, or a server message that mentions the bot or replies to it, becomes a
/// question and gets its answer as a reply; in a channel whose moderators made every message a
/// question (/settings questions all), so does any message people write. With threads on, a long
/// answer goes into a thread started from the question. Bots, webhooks and other chatter are ignored.
/// </summary>
internal sealed class MessageResponder(
    IChatBot bot,
    IDiscordRestApi rest,
    IHandledOnceStore handled,
    DiscordRoles roles,
    AttachmentOpener attachments,
    ChatSettingsCache settings,
    AnswerThreads threads,
    ILogger<MessageResponder> logger)
{
    /// <summary>The chat message for <paramref name="message"/>, or null when it is not addressed to the bot.</summary>
    public ChatMessage? Translate(DiscordMessage message, Snowflake? botUser)
    {
        if (message.Author is not { } author || author.Bot == true || message.WebhookId is not null)
            return null;
        if (botUser is { } self && author.Id == self)
            return null;

        var text = message.Content ?? "";
        var direct = message.GuildId is null;
        if (!direct)
        {
            if (botUser is not { } me)
                return null;
            var mentioned = message.Mentions?.Any(user => user.Id == me) == true
                || text.Contains($"<@{me}>", StringComparison.Ordinal)
                || text.Contains($"<@!{me}>", StringComparison.Ordinal);
            var repliesToUs = message.ReferencedMessage?.Author?.Id == me;
            if (!mentioned && !repliesToUs)
                return null;
            text = text.Replace($"<@{me}>", " ", StringComparison.Ordinal).Replace($"<@!{me}>", " ", StringComparison.Ordinal);
        }

        var attachment = message.Attachments is [var first, ..] ? attachments.Open(first) : null;
        return new ChatMessage(OriginOf(message, author, direct), text.Trim(), attachment);
    }

    /// <summary>
    /// A server message nobody addressed to the bot, as a question for a channel where every
    /// message is one; null for bots, webhooks, system messages, commands and empty text (without
    /// the Message Content intent Discord sends such messages without their text).
    /// </summary>
    public ChatMessage? TranslatePlain(DiscordMessage message, Snowflake? botUser)
    {
        if (message.GuildId is null || message.Author is not { } author || author.Bot == true || message.WebhookId is not null || !message.IsWritten)
            return null;
        if (botUser is { } self && author.Id == self)
            return null;
        var text = (message.Content ?? "").Trim();
        if (text.Length == 0 || text.StartsWith('/') || text.StartsWith('!'))
            return null;
        return new ChatMessage(OriginOf(message, author, direct: false), text, Unaddressed: true);
    }

    /// <summary>Answers a plain message when its channel's settings make every message a question.</summary>
    public async Task HandlePlainAsync(DiscordMessage message, ChatMessage chat, CancellationToken cancellationToken)
    {
        if ((await settings.GetAsync(Platform.Discord, chat.ChatId, cancellationToken)).Questions == QuestionMode.All)
            await HandleAsync(message, chat, cancellationToken);
    }

    private ChatOrigin OriginOf(DiscordMessage message, DiscordUser author, bool direct) => new(
        Platform.Discord,
        new ChatId(message.ChannelId.ToString()),
        new UserId(author.Id.ToString()),
        author.DisplayName,
        // Messages carry no permissions; moderators use the slash commands, where Discord computes them.
        roles.Resolve(author.Id, null),
        direct ? ChatKind.Private : ChatKind.Group);

    public async Task HandleAsync(DiscordMessage message, ChatMessage chat, CancellationToken cancellationToken)
    {
        if (!await handled.TryClaimAsync(Handled(message.Id), takeOverAfter: null, cancellationToken))
        {
            logger.LogDebug("Message {Message} was answered before (replayed event); skipped", message.Id);
            return;
        }
        var sending = false;
        try
        {
            var reply = await bot.HandleAsync(chat, cancellationToken);
            // Small talk in a channel where every message is a question gets no reply.
            if (reply.Kind == ReplyKind.None)
            {
                await handled.CompleteAsync(Handled(message.Id), cancellationToken);
                logger.LogDebug("Message {Message} in channel {Channel} is small talk; no reply", message.Id, message.ChannelId);
                return;
            }
            var chatSettings = message.GuildId is null ? ChatSettings.Default : await settings.GetAsync(Platform.Discord, chat.ChatId, cancellationToken);
            var thread = chatSettings.ThreadsReply(reply) ? await threads.StartAsync(message.ChannelId, message.Id, chat.Text, cancellationToken) : null;
            var payload = DiscordRenderer.Render(reply) with
            {
                // In its own thread the answer needs no reference: the question opens the thread.
                MessageReference = thread is null ? new MessageReference(message.Id, FailIfNotExists: false) : null,
                // Discord itself drops a second reply with this nonce, should two replicas race.
                Nonce = message.Id.ToString(),
                EnforceNonce = true,
            };
            sending = true;
            var sent = await rest.CreateMessageAsync(thread ?? message.ChannelId, payload, cancellationToken);
            logger.LogInformation("Answered message {Message} in channel {Channel} ({Kind})", message.Id, sent.ChannelId, reply.Kind);
            var answer = sent;
            await ReplyUpdates.ApplyAsync(reply,
                (update, token) => rest.EditMessageAsync(answer.ChannelId, answer.Id, DiscordRenderer.Render(update), token), logger, cancellationToken);
        }
        catch (Exception ex) when (!sending || ex is DiscordException { Status: < HttpStatusCode.InternalServerError })
        {
            // Nothing reached the user (the answer failed, or Discord refused the reply): a replay
            // may try again. When the reply was on its way and the outcome is unknown (a drop, a
            // 5xx, a shutdown), the claim stays: answering twice is the worse mistake.
            await handled.ReleaseAsync(Handled(message.Id), CancellationToken.None);
            throw;
        }
    }

    private static HandledKey Handled(Snowflake id) => new(Platform.Discord, id.ToString());
}
