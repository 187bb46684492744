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
    DiscordMember? Member = null);
