using System.Net;
using HistoryBot.Core.Chat;
using HistoryBot.Core.State;
using HistoryBot.Discord.Models;
using HistoryBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Discord.Adapter;

/// <summary>
/// Messages: a DM, or a server message that mentions the bot or replies to it, becomes a
/// question and gets its answer as a reply. Bots, webhooks and other chatter are ignored.
/// </summary>
internal sealed class MessageResponder(
    IChatBot bot,
    IDiscordRestApi rest,
    IHandledOnceStore handled,
    DiscordRoles roles,
    AttachmentOpener attachments,
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
        var origin = new ChatOrigin(
            Platform.Discord,
            new ChatId(message.ChannelId.ToString()),
            new UserId(author.Id.ToString()),
            author.DisplayName,
            // Messages carry no permissions; moderators use the slash commands, where Discord computes them.
            roles.Resolve(author.Id, null),
            direct ? ChatKind.Private : ChatKind.Group);
        return new ChatMessage(origin, text.Trim(), attachment);
    }

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
            var payload = DiscordRenderer.Render(reply) with
            {
                MessageReference = new MessageReference(message.Id, FailIfNotExists: false),
                // Discord itself drops a second reply with this nonce, should two replicas race.
                Nonce = message.Id.ToString(),
                EnforceNonce = true,
            };
            sending = true;
            var sent = await rest.CreateMessageAsync(message.ChannelId, payload, cancellationToken);
            logger.LogInformation("Answered message {Message} in channel {Channel} ({Kind})", message.Id, message.ChannelId, reply.Kind);
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
