namespace HistoryBot.Core.Search;

/// <summary>How a paragraph token matched a question term: 1 for the same stem, less for a cognate or a typo.</summary>
public readonly record struct TermMatch(int TermIndex, double Level, MatchKind Kind = MatchKind.Stem);
