using HistoryBot.Core.Chat;
using HistoryBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Discord.Adapter;

/// <summary>Posts messages the bot starts itself (the daily fact) to a Discord channel.</summary>
internal sealed class DiscordTransport(IDiscordRestApi rest, ILogger<DiscordTransport> logger) : IChatTransport
{
    private const int UnknownChannel = 10003;

    public Platform Platform => Platform.Discord;

    public async Task<DeliveryResult> SendAsync(ChatId chat, Reply reply, CancellationToken cancellationToken = default)
    {
        if (!Snowflake.TryParse(chat.Value, out var channel))
        {
            logger.LogWarning("{Chat} is not a Discord channel id; nothing sent", chat);
            return DeliveryResult.Forbidden;
        }
        try
        {
            var sent = await rest.CreateMessageAsync(channel, DiscordRenderer.Render(reply), cancellationToken);
            await ReplyUpdates.ApplyAsync(reply, (update, token) => rest.EditMessageAsync(channel, sent.Id, DiscordRenderer.Render(update), token), logger, cancellationToken);
            return DeliveryResult.Sent;
        }
        catch (DiscordException ex) when (ex.Failure == DiscordFailure.Forbidden || (ex.Failure == DiscordFailure.NotFound && ex.ErrorCode == UnknownChannel))
        {
            logger.LogWarning("The bot may no longer post in channel {Channel}: {Error}", channel, ex.Message);
            return DeliveryResult.Forbidden;
        }
        catch (DiscordException ex)
        {
            logger.LogWarning("Posting to channel {Channel} failed: {Error}", channel, ex.Message);
            return DeliveryResult.Failed;
        }
    }
}
