using HistoryBot.Core.Corpus;

namespace HistoryBot.Core.Search;

/// <summary>What a build produced, for the admin and the `index` command.</summary>
public sealed record IndexBuildReport(
    long Generation,
    DateTimeOffset BuiltAt,
    TimeSpan Duration,
    IReadOnlyList<SourceInfo> Sources,
    IReadOnlyDictionary<string, int> ParagraphsByLanguage,
    IReadOnlyDictionary<string, int> Parts,
    IReadOnlyList<SkippedFile> Skipped,
    long IndexBytes,
    bool StemmingAvailable)
{
    public int ParagraphCount => ParagraphsByLanguage.Values.Sum();
}
