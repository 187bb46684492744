namespace HistoryBot.Core.Answers.Judging;

/// <summary>
/// The judge's verdict on one question: the candidates in its order (indices into the list it
/// was given) with their signals, and the decision whether the first one answers.
/// </summary>
public sealed record Judgement(IReadOnlyList<int> Order, IReadOnlyList<CandidateSignals> Signals, AnswerDecision Decision);
