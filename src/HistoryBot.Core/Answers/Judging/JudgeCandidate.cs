using HistoryBot.Core.Corpus;

namespace HistoryBot.Core.Answers.Judging;

/// <summary>
/// A paragraph the search engine ranked, with its score, the source it translates (if any) and
/// whether the engine's own coverage rule would take it as an answer (one signal among others).
/// </summary>
public sealed record JudgeCandidate(Paragraph Paragraph, double EngineScore, string? TranslationOf, bool EngineAnswers = false)
{
    /// <summary>The searcher's analysis of <see cref="Paragraph"/>, when it has one: the judge reads it instead of analysing the text again.</summary>
    public Search.AnalyzedParagraph? Analysis { get; init; }

    /// <summary>How the searcher's <see cref="Search.ParagraphMatcher"/> matched the question in it: the judge reads it instead of matching again.</summary>
    public Search.ParagraphMatch? Match { get; init; }
}
