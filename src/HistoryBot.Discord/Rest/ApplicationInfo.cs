using HistoryBot.Discord.Models;

namespace HistoryBot.Discord.Rest;

/// <summary>GET /applications/@me: the application id commands are registered under.</summary>
public sealed record ApplicationInfo(Snowflake Id, string Name, DiscordUser? Bot = null);
