using HistoryBot.Core.Answers;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HistoryBot.Core.Facts;

/// <summary>
/// The facts of the serving index generation. Read once per generation and kept, so a
/// reindex brings its new facts with the swap and queries in between cost nothing.
/// </summary>
public sealed class FactCatalog(SearchIndex index, FactMiner miner, ILogger<FactCatalog>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<FactCatalog>.Instance;
    private readonly SemaphoreSlim _loadGate = new(1, 1);
    private FactSet? _current;

    /// <summary>The facts of the serving generation; loads (or builds) the index first when needed.</summary>
    public async Task<FactSet> CurrentAsync(CancellationToken cancellationToken = default)
    {
        await index.EnsureLoadedAsync(cancellationToken: cancellationToken);
        using var lease = index.Acquire();
        var generation = lease.Generation;
        if (Volatile.Read(ref _current) is { } cached && cached.Generation == generation.Number)
            return cached;

        await _loadGate.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref _current) is { } loaded && loaded.Generation == generation.Number)
                return loaded;
            var facts = new FactSet(Read(generation, cancellationToken), generation.Number);
            _logger.LogInformation("Loaded {Count} facts from index generation {Generation}", facts.Count, generation.Number);
            Volatile.Write(ref _current, facts);
            return facts;
        }
        finally
        {
            _loadGate.Release();
        }
    }

    private List<Fact> Read(IndexGeneration generation, CancellationToken cancellationToken)
    {
        try
        {
            if (FactsIndexPart.ReadFolder(generation.Path) is { } stored)
                return stored;
        }
        catch (System.Text.Json.JsonException ex)
        {
            _logger.LogWarning(ex, "The facts file of index generation {Generation} cannot be read; mining its paragraphs", generation.Number);
            return Mine(generation, cancellationToken);
        }
        // A generation built without the facts part: mine its paragraphs rather than post nothing.
        _logger.LogWarning("Index generation {Generation} has no facts file; mining its paragraphs (reindex to store them)", generation.Number);
        return Mine(generation, cancellationToken);
    }

    private List<Fact> Mine(IndexGeneration generation, CancellationToken cancellationToken) =>
        miner.Mine(generation.Sources.SelectMany(source => generation.ParagraphsOf(source.Id)), cancellationToken).ToList();
}
