namespace HistoryBot.Core.Gaps;

/// <summary>A question the sources did not answer: its words, its language, and when it was asked.</summary>
public sealed record UnansweredQuestion(string Question, string Language, DateTimeOffset At);
