namespace HistoryBot.Discord.Models;

/// <summary>A file on a message or in a slash command's attachment option; <see cref="Url"/> is on Discord's CDN.</summary>
public sealed record DiscordAttachment(Snowflake Id, string Filename, long? Size, string Url, string? ContentType = null);
