using HistoryBot.Core.Corpus;

namespace HistoryBot.Core.Search;

/// <summary>
/// What a generation folder holds besides the engine's files, written last: a folder without
/// it (or with another schema or analysis) is not a usable generation.
/// </summary>
public sealed record GenerationManifest(
    int Schema,
    string Analysis,
    long Number,
    DateTimeOffset BuiltAt,
    long DurationMs,
    bool Stemming,
    int Paragraphs,
    double AverageLength,
    IReadOnlyDictionary<string, int> ParagraphsByLanguage,
    IReadOnlyList<ManifestSource> Sources,
    IReadOnlyList<SkippedFile> Skipped,
    IReadOnlyDictionary<string, int> Parts)
{
    public const int CurrentSchema = 2;

    public const string FileName = "generation.json";
}
