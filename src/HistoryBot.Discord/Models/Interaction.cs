namespace HistoryBot.Discord.Models;

/// <summary>
/// INTERACTION_CREATE: a slash command or a button press. In a server <see cref="Member"/> is
/// set (with permissions); in a DM <see cref="User"/> is.
/// </summary>
public sealed record Interaction(
    Snowflake Id,
    Snowflake ApplicationId,
    InteractionType Type,
    string Token,
    InteractionData? Data = null,
    Snowflake? GuildId = null,
    Snowflake? ChannelId = null,
    DiscordMember? Member = null,
    DiscordUser? User = null,
    string? Locale = null,
    DiscordMessage? Message = null)
{
    /// <summary>Whoever invoked it, in a server or in a DM.</summary>
    public DiscordUser? Invoker => Member?.User ?? User;
}
