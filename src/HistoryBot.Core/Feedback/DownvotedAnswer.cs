using HistoryBot.Core.Corpus;

namespace HistoryBot.Core.Feedback;

/// <summary>A 👎 for /gaps: the question, its language, the answer's source and paragraph, when, and the reason if one was given.</summary>
public sealed record DownvotedAnswer(string Question, string? Language, SourceId SourceId, int ParagraphNumber, DateTimeOffset At, string? Reason);
