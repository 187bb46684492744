namespace HistoryBot.Bench;

/// <summary>
/// What `bench` measures and how much. After <see cref="WarmUp"/> questions the warm-up goes on
/// until the JIT has stopped recompiling, for at most <see cref="SettleSeconds"/> more (0: not at all).
/// </summary>
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
    BenchParts Parts = BenchParts.All,
    int SettleSeconds = 0)
{
    /// <summary>The longest `bench` goes on warming up, per corpus, for the JIT to stop recompiling before it times questions.</summary>
    public const int DefaultSettleSeconds = 30;
}
