namespace HistoryBot.Eval;

/// <summary>Figures for one kind of question, or for all.</summary>
public sealed record EvalFigures(string Kind, int Count, double HitAt1, double HitAt3, double Mrr, int NotFound, int Correct);
