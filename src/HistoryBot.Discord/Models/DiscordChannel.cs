namespace HistoryBot.Discord.Models;

/// <summary>A channel as REST returns it; here, the thread started from a question.</summary>
public sealed record DiscordChannel(Snowflake Id, int Type, Snowflake? ParentId = null, string? Name = null);
