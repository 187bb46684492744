namespace HistoryBot.Core.Answers;

/// <summary>A paragraph that answers, with the sentence that answers best and the matched words marked.</summary>
public sealed record Passage(Citation Citation, MarkedText Sentence, MarkedText Paragraph, double Score, double Coverage)
{
    /// <summary>Why the passage ranked where it did (how each question word matched, scores, sentence evidence); for `ask --json` and studies.</summary>
    public Search.HitSignals? Signals { get; init; }
}
