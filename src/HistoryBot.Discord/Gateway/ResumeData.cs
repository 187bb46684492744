namespace HistoryBot.Discord.Gateway;

/// <summary>Op 6. Carries the token: never logged.</summary>
internal sealed record ResumeData(string Token, string SessionId, int? Seq);
