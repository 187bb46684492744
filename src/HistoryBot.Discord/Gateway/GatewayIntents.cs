namespace HistoryBot.Discord.Gateway;

[Flags]
public enum GatewayIntents
{
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,

    /// <summary>
    /// What HistoryBot needs. No privileged intent: messages that mention the bot and DMs carry
    /// their content without MESSAGE_CONTENT.
    /// </summary>
    HistoryBot = Guilds | GuildMessages | DirectMessages,
}
