using HistoryBot.Core.Corpus;

namespace HistoryBot.Core.Answers;

/// <summary>The serving index at a glance, for `status`.</summary>
public sealed record IndexStats(
    long Generation,
    DateTimeOffset BuiltAt,
    TimeSpan BuildDuration,
    int SourceCount,
    int ParagraphCount,
    IReadOnlyDictionary<string, int> ParagraphsByLanguage,
    long IndexBytes,
    bool StemmingAvailable,
    bool IsBuilding,
    IReadOnlyList<SkippedFile> Skipped);
