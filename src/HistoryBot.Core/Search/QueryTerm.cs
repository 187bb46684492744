namespace HistoryBot.Core.Search;

/// <summary>
/// One content word of a question with every form it may take in the index: its stems,
/// its cross-language prefix key, and the indexed stems it may be a typo of.
/// </summary>
public sealed record QueryTerm(
    string Surface,
    string Folded,
    IReadOnlySet<string> Stems,
    string? Prefix,
    IReadOnlySet<string> TypoStems,
    double Weight);
