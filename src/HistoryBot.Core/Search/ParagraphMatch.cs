namespace HistoryBot.Core.Search;

/// <summary>
/// How a question matched one paragraph (<see cref="ParagraphMatcher"/>): per question word
/// (by term index) its best match; per word and sentence the best level there; and the tokens
/// to mark, each at the level its word reached in the paragraph.
/// </summary>
public sealed record ParagraphMatch(
    AnalyzedParagraph Paragraph,
    IReadOnlyList<WordInParagraph> Words,
    IReadOnlyList<double[]> SentenceLevels,
    IReadOnlyDictionary<int, TermMatch> Tokens);
