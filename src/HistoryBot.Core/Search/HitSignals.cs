namespace HistoryBot.Core.Search;

/// <summary>
/// Why a paragraph ranked where it did: the engine's retrieval score, the paragraph and
/// best-sentence scores of the ranker, how each question word matched (by term index), and
/// the sentence evidence (distinctive question words standing together in one sentence).
/// </summary>
public sealed record HitSignals(
    double EngineScore,
    double ParagraphScore,
    double SentenceScore,
    IReadOnlyList<MatchKind> TermMatches,
    int EvidenceTerms,
    double EvidenceWeight);
