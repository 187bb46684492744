namespace HistoryBot.Discord.Models;

public sealed record DiscordUser(Snowflake Id, string Username, string? GlobalName = null, bool? Bot = null)
{
    /// <summary>The name people see: the display name when set, else the username.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(GlobalName) ? Username : GlobalName;
}
