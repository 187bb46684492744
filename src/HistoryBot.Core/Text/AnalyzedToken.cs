namespace HistoryBot.Core.Text;

/// <summary>A token with its stem; stop words keep their place but carry no stem.</summary>
public readonly record struct AnalyzedToken(Token Token, string? Stem);
