using System.IO.Compression;
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
    /// <summary>
    /// The facts file of a generation: JSON, gzip-compressed (a large library's facts repeat
    /// their source titles and sentences, and were a fifth of the generation's bytes).
    /// </summary>
    public const string FileName = "facts.json.gz";

    /// <summary>The uncompressed facts file of generations built before <see cref="FileName"/>; still read.</summary>
    public const string LegacyFileName = "facts.json";

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
            using (var compressed = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true))
                JsonSerializer.Serialize(compressed, kept, FactsJsonContext.Default.ListStoredFact);
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

    /// <summary>The facts of a generation folder (<see cref="FileName"/>, else <see cref="LegacyFileName"/>), or null when it has none.</summary>
    public static List<Fact>? ReadFolder(string directory) =>
        Read(Path.Combine(directory, FileName)) ?? Read(Path.Combine(directory, LegacyFileName));

    /// <summary>The facts of a facts file, gzip-compressed or plain JSON, or null when there is no such file.</summary>
    public static List<Fact>? Read(string path)
    {
        if (!File.Exists(path))
            return null;
        using var file = File.OpenRead(path);
        var compressed = file.ReadByte() == 0x1f && file.ReadByte() == 0x8b;
        file.Position = 0;
        using var stream = compressed ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        return JsonSerializer.Deserialize(stream, FactsJsonContext.Default.ListStoredFact)?.Select(fact => fact.ToFact()).ToList();
    }
}
