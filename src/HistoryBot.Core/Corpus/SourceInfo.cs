namespace HistoryBot.Core.Corpus;

/// <summary>A loaded source document, as listed to users and admins.</summary>
public sealed record SourceInfo(
    SourceId Id,
    string Title,
    string Language,
    string File,
    int ParagraphCount,
    string? TranslationOf,
    bool HasMetadata);
