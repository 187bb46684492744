namespace HistoryBot.Core.Corpus;

/// <summary>A paragraph of a source: the unit that is indexed, found and cited.</summary>
public sealed record Paragraph(
    SourceId SourceId,
    string SourceTitle,
    string? Section,
    int Number,
    string Language,
    string Text);
