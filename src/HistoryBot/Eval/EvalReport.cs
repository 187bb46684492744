namespace HistoryBot.Eval;

/// <summary>The outcome of a question set: figures per kind and overall.</summary>
public sealed record EvalReport(IReadOnlyList<EvalFigures> ByKind, EvalFigures Answerable, EvalFigures Unanswerable, IReadOnlyList<EvalResultLine> Lines)
{
    /// <summary>Answerable questions the bot wrongly said it could not answer.</summary>
    public int FalseNotFound => Answerable.NotFound;

    /// <summary>The answer judge's signals per question, as JSON lines (`eval --signals`).</summary>
    public IReadOnlyList<string> SignalLines { get; init; } = [];

    public string Summary =>
        $"answerable: Hit@1 {Answerable.HitAt1:0.000}  Hit@3 {Answerable.HitAt3:0.000}  MRR {Answerable.Mrr:0.000}  " +
        $"(n={Answerable.Count}, not found {Answerable.NotFound}) · unanswerable: {Unanswerable.NotFound}/{Unanswerable.Count} not found · " +
        string.Join("  ", ByKind.Where(k => k.Kind != "unanswerable").Select(k => $"{k.Kind} Hit@1 {k.HitAt1:0.00}"));
}
