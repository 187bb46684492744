namespace HistoryBot.Bench;

/// <summary>What `bench` measures and how much.</summary>
internal sealed record BenchSettings(
    IReadOnlyList<string> Questions,
    int Paragraphs,
    IReadOnlyList<int> CurveSizes,
    string? CorpusFile,
    string? SourcesDirectory,
    int AskCount = 5_000,
    int WarmUp = 500,
    int ThroughputCount = 2_000,
    int TelegramCount = 500,
    BenchParts Parts = BenchParts.All);
