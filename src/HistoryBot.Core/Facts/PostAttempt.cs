namespace HistoryBot.Core.Facts;

/// <summary>How a post attempt ended, with the record and fact when there are any.</summary>
public sealed record PostAttempt(PostAttemptResult Result, DailyPost? Post = null, Fact? Fact = null, DateTimeOffset? RetryAt = null, string? Detail = null);
