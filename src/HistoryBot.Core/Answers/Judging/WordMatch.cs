namespace HistoryBot.Core.Answers.Judging;

/// <summary>How one question word matched the chosen passage, for `ask --json`: the passage word it matched, if any.</summary>
public sealed record WordMatch(string Word, double Weight, bool Known, WordMatchKind Kind, string? Matched);
