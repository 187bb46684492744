namespace HistoryBot.Core.Answers.Judging;

/// <summary>How one question word matched the chosen passage, for `ask --json`: the passage word it matched, if any, and for a synonym its source.</summary>
public sealed record WordMatch(string Word, double Weight, bool Known, Search.MatchKind Kind, string? Matched)
{
    /// <summary>For a <see cref="Search.MatchKind.Synonym"/>: the synonym source it came from ("wordnet", …).</summary>
    public string? Source { get; init; }
}
