namespace HistoryBot.Discord.Gateway;

[Flags]
public enum GatewayIntents
{
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,

    /// <summary>
    /// Privileged: the text of server messages that do not mention the bot. Requested only with
    /// Discord:MessageContentIntent (for channels where every message is a question), and it must
    /// be turned on in the Developer Portal, or Discord closes the connection with 4014.
    /// </summary>
    MessageContent = 1 << 15,

    /// <summary>
    /// What HistoryBot needs by default. No privileged intent: messages that mention the bot and
    /// DMs carry their content without MESSAGE_CONTENT.
    /// </summary>
    HistoryBot = Guilds | GuildMessages | DirectMessages,
}
