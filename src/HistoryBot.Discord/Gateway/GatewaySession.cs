namespace HistoryBot.Discord.Gateway;

/// <summary>What a resume needs: the session, where to resume, and the last sequence number seen.</summary>
internal sealed record GatewaySession(string SessionId, string ResumeUrl, int? Sequence);
