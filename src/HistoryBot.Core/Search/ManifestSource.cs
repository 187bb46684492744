using HistoryBot.Core.Corpus;

namespace HistoryBot.Core.Search;

/// <summary>A source as the manifest stores it.</summary>
public sealed record ManifestSource(string Id, string Title, string Language, string File, int Paragraphs, string? TranslationOf, bool HasMetadata)
{
    public static ManifestSource From(SourceInfo source) =>
        new(source.Id.Value, source.Title, source.Language, source.File, source.ParagraphCount, source.TranslationOf, source.HasMetadata);

    public SourceInfo ToSource() => new(new SourceId(Id), Title, Language, File, Paragraphs, TranslationOf, HasMetadata);
}
