namespace HistoryBot.Core.State;

/// <summary>What a Discord gateway shard needs to resume: the session, where to resume it, the last sequence seen.</summary>
public sealed record GatewaySession(string SessionId, string ResumeUrl, int? Sequence);
