using HistoryBot.Core.Chat;
using HistoryBot.Core.Settings;
using Microsoft.Extensions.Options;

namespace HistoryBot.Discord.Adapter;

/// <summary>Discord sends the text of server messages that do not mention the bot only with the privileged Message Content intent.</summary>
internal sealed class DiscordGroupMessageAccess(IOptions<DiscordOptions> options) : IGroupMessageAccess
{
    public Platform Platform => Platform.Discord;

    public Task<string?> LimitationAsync(ChatId chat, CancellationToken cancellationToken = default) => Task.FromResult<string?>(options.Value.MessageContentIntent
        ? null
        : "Discord sends this bot the text of server messages only when they mention it. For every message here to be a question, the bot's operator "
          + "turns on Message Content Intent (Developer Portal → the application → Bot) and sets Discord:MessageContentIntent=true.");
}
