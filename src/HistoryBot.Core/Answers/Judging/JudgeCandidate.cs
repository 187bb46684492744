using HistoryBot.Core.Corpus;

namespace HistoryBot.Core.Answers.Judging;

/// <summary>
/// A paragraph the search engine ranked, with its score, the source it translates (if any) and
/// whether the engine's own coverage rule would take it as an answer (one signal among others).
/// </summary>
public sealed record JudgeCandidate(Paragraph Paragraph, double EngineScore, string? TranslationOf, bool EngineAnswers = false);
