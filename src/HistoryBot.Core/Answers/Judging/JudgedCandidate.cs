namespace HistoryBot.Core.Answers.Judging;

/// <summary>One paragraph as the judge ranked it, with the signals it measured (for `eval --signals` and refitting).</summary>
public sealed record JudgedCandidate(string Source, int ParagraphNumber, string Language, string Text, string? TranslationOf, CandidateSignals Signals);
