namespace HistoryBot.Core.Search;

/// <summary>
/// A ranked paragraph: its score, how much of the question it covers (0–1), and which of
/// its tokens matched which question terms (for the highlight), and which of its sentences
/// answers best (the first of equals). <see cref="Signals"/> keeps how each question word
/// matched and the figures the answer-or-abstain decision reads.
/// </summary>
public sealed record SearchHit(AnalyzedParagraph Paragraph, double Score, double Coverage, IReadOnlyDictionary<int, TermMatch> MatchedTokens, int BestSentence)
{
    public HitSignals? Signals { get; init; }

    /// <summary>How each question word matched this paragraph; the answer judge reads it rather than matching again.</summary>
    public ParagraphMatch? Match { get; init; }
}
