namespace HistoryBot.Discord.Rest;

/// <summary>An error response: {code, message} (and for 429 retry_after and global).</summary>
internal sealed record DiscordErrorBody(int? Code = null, string? Message = null, double? RetryAfter = null, bool? Global = null);
