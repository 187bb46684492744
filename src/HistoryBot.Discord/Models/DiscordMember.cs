namespace HistoryBot.Discord.Models;

/// <summary>
/// A guild member. In interactions <see cref="Permissions"/> holds the member's permissions in
/// that channel (overwrites applied), computed by Discord; in messages it is absent.
/// </summary>
public sealed record DiscordMember(DiscordUser? User = null, string? Nick = null, string? Permissions = null);
