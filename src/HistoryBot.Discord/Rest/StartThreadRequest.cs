namespace HistoryBot.Discord.Rest;

/// <summary>The body of "Start Thread from Message": the thread's name (1–100 characters) and when it archives (minutes).</summary>
public sealed record StartThreadRequest(string Name, int? AutoArchiveDuration = null);
