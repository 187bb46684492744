namespace HistoryBot.Bench;

/// <summary>Which parts of the suite `bench --only` runs.</summary>
internal enum BenchParts
{
    /// <summary>The five sources, Telegram end to end, start-up, then the generated or given corpora.</summary>
    All,

    /// <summary>The five sources, Telegram end to end and start-up only.</summary>
    Sources,

    /// <summary>Only the generated corpora (or the one given with --corpus).</summary>
    Corpus,
}
