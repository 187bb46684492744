namespace HistoryBot.Discord.Models;

/// <summary>A message from MESSAGE_CREATE, or the message a REST call created or edited.</summary>
public sealed record DiscordMessage(
    Snowflake Id,
    Snowflake ChannelId,
    Snowflake? GuildId = null,
    DiscordUser? Author = null,
    string? Content = null,
    IReadOnlyList<DiscordUser>? Mentions = null,
    Snowflake? WebhookId = null,
    DiscordMessage? ReferencedMessage = null,
    IReadOnlyList<DiscordAttachment>? Attachments = null,
    DiscordMember? Member = null,
    int? Type = null)
{
    /// <summary>DEFAULT (0) and REPLY (19): what people write; the other types are system messages (joins, pins, thread created).</summary>
    public bool IsWritten => Type is null or 0 or 19;
}
