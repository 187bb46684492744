namespace HistoryBot.Core.Answers;

/// <summary>A paragraph that answers, with the sentence that answers best and the matched words marked.</summary>
public sealed record Passage(Citation Citation, MarkedText Sentence, MarkedText Paragraph, double Score, double Coverage);
