using HistoryBot.Core.Answers;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Search;
using Microsoft.Data.Sqlite;
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
        using var connection = generation.OpenConnection();
        if (!HasFactsTable(connection))
        {
            // A generation built before facts existed: mine its paragraphs rather than post nothing.
            _logger.LogWarning("Index generation {Generation} has no facts table; mining its paragraphs (reindex to store them)", generation.Number);
            return miner.Mine(generation.Sources.SelectMany(source => generation.ParagraphsOf(source.Id)), cancellationToken).ToList();
        }

        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, source_id, source_title, section, paragraph_number, language, coalesce(text, sentence), sentence, precision, year, month, day, end_year
            FROM facts ORDER BY rowid
            """;
        using var reader = command.ExecuteReader();
        var facts = new List<Fact>();
        while (reader.Read())
        {
            var citation = new Citation(new SourceId(reader.GetString(1)), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetInt32(4), reader.GetString(5));
            FactDate? date = reader.IsDBNull(8)
                ? null
                : new FactDate((DatePrecision)reader.GetInt32(8), reader.GetInt32(9), NullableInt(reader, 10), NullableInt(reader, 11), NullableInt(reader, 12));
            facts.Add(new Fact(new FactId(reader.GetString(0)), reader.GetString(6), reader.GetString(7), date, reader.GetString(5), citation));
        }
        return facts;
    }

    private static bool HasFactsTable(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", FactsIndexPart.Table);
        return Convert.ToInt64(command.ExecuteScalar()) > 0;
    }

    private static int? NullableInt(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
}
