using HistoryBot.Discord.Models;

namespace HistoryBot.Discord.Gateway;

/// <summary>READY: who we are and what to resume with.</summary>
internal sealed record ReadyEvent(DiscordUser User, string SessionId, string ResumeGatewayUrl, ReadyApplication? Application = null, IReadOnlyList<int>? Shard = null);
