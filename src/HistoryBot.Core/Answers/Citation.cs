using HistoryBot.Core.Corpus;

namespace HistoryBot.Core.Answers;

/// <summary>Where a passage comes from: source, section, paragraph number and language.</summary>
public sealed record Citation(SourceId SourceId, string SourceTitle, string? Section, int ParagraphNumber, string Language)
{
    public override string ToString() =>
        Section is null
            ? $"{SourceTitle}, ¶{ParagraphNumber} ({Language})"
            : $"{SourceTitle} — {Section}, ¶{ParagraphNumber} ({Language})";
}
