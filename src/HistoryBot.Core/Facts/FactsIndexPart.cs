using System.Text.Json;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Search;

namespace HistoryBot.Core.Facts;

/// <summary>
/// Mines the facts into every index generation: a facts file in the generation's folder,
/// beside the search engine's files and apart from them, so facts are rebuilt with every
/// reindex and swapped in (or thrown away) together with the index.
/// </summary>
public sealed class FactsIndexPart(FactMiner miner) : IIndexPart
{
    /// <summary>The facts file of a generation.</summary>
    public const string FileName = "facts.json";

    /// <summary>
    /// A daily rotation never needs more than this from one source, and every fact is held in
    /// memory by the catalog: a large source keeps its most precisely dated facts.
    /// </summary>
    public const int MaxFactsPerSource = 200;

    private const int ParallelFrom = 5_000;

    public string Name => "facts";

    public int Build(string directory, LoadedCorpus corpus, CancellationToken cancellationToken)
    {
        // A small library is mined before a second thread would have started.
        var parallelism = corpus.Paragraphs.Count < ParallelFrom ? 1 : Math.Clamp(Environment.ProcessorCount, 1, 4);
        var kept = Keep(miner.MineBySource(corpus.Paragraphs, parallelism, MaxFactsPerSource, cancellationToken), MaxFactsPerSource)
            .Select(StoredFact.From)
            .ToList();

        var path = Path.Combine(directory, FileName);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, kept, FactsJsonContext.Default.ListStoredFact);
            stream.Flush(flushToDisk: true);
        }
        return kept.Count;
    }

    /// <summary>Each source's <paramref name="perSource"/> most precisely dated facts (the earliest among equals), in corpus order.</summary>
    internal static List<Fact> Keep(IReadOnlyList<Fact> mined, int perSource) =>
        mined
            .Select((fact, order) => (Fact: fact, Order: order))
            .GroupBy(item => item.Fact.Citation.SourceId)
            .SelectMany(source => source
                .OrderByDescending(item => item.Fact.Date is { } date ? (int)date.Precision : -1)
                .ThenBy(item => item.Order)
                .Take(perSource))
            .OrderBy(item => item.Order)
            .Select(item => item.Fact)
            .DistinctBy(fact => fact.Id)
            .ToList();

    /// <summary>The facts of a generation's facts file, or null when the generation has none.</summary>
    public static List<Fact>? Read(string path)
    {
        if (!File.Exists(path))
            return null;
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, FactsJsonContext.Default.ListStoredFact)?.Select(fact => fact.ToFact()).ToList();
    }
}
