namespace HistoryBot.Core.Search;

/// <summary>
/// A question word's best match in one paragraph: how (<see cref="MatchKind"/>) and how much it
/// counts, the first token that reached it (-1 when none), for a synonym its source, and how
/// many tokens matched at that level.
/// </summary>
public readonly record struct WordInParagraph(MatchKind Kind, double Level, int Token, string? Via, int Count);
