namespace HistoryBot.Eval;

/// <summary>Figures for one kind of question, or for all.</summary>
public sealed record EvalFigures(string Kind, int Count, double HitAt1, double HitAt3, double Mrr, int NotFound, int Correct)
{
    /// <summary>For unanswerable questions: the share correctly answered NotFound.</summary>
    public double AbstentionRate => Count == 0 ? 0 : (double)NotFound / Count;
}
