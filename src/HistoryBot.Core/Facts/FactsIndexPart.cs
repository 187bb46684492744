using HistoryBot.Core.Corpus;
using HistoryBot.Core.Search;
using Microsoft.Data.Sqlite;

namespace HistoryBot.Core.Facts;

/// <summary>
/// Mines the facts into every index generation, inside the build's transaction: facts are
/// rebuilt with every reindex and swapped in (or rolled back) together with the index.
/// </summary>
public sealed class FactsIndexPart(FactMiner miner) : IIndexPart
{
    public const string Table = "facts";

    /// <summary>
    /// A daily rotation never needs more than this from one source, and every fact is held in
    /// memory by the catalog: a large source keeps its most precisely dated facts.
    /// </summary>
    public const int MaxFactsPerSource = 200;

    public string Name => "facts";

    public int Build(SqliteConnection connection, LoadedCorpus corpus, CancellationToken cancellationToken)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE facts(
                    id TEXT PRIMARY KEY, source_id TEXT NOT NULL, source_title TEXT NOT NULL, section TEXT,
                    paragraph_number INTEGER NOT NULL, language TEXT NOT NULL, text TEXT, sentence TEXT NOT NULL,
                    precision INTEGER, year INTEGER, month INTEGER, day INTEGER, end_year INTEGER);
                CREATE INDEX facts_day ON facts(month, day) WHERE precision = 3;
                """;
            create.ExecuteNonQuery();
        }

        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT OR IGNORE INTO facts(id, source_id, source_title, section, paragraph_number, language, text, sentence, precision, year, month, day, end_year)
            VALUES($id, $source, $title, $section, $number, $language, $text, $sentence, $precision, $year, $month, $day, $end)
            """;
        string[] names = ["$id", "$source", "$title", "$section", "$number", "$language", "$text", "$sentence", "$precision", "$year", "$month", "$day", "$end"];
        foreach (var name in names)
            insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        insert.Prepare();

        var kept = miner.Mine(corpus.Paragraphs, cancellationToken)
            .Select((fact, order) => (Fact: fact, Order: order))
            .GroupBy(item => item.Fact.Citation.SourceId)
            .SelectMany(source => source
                .OrderByDescending(item => item.Fact.Date is { } date ? (int)date.Precision : -1)
                .ThenBy(item => item.Order)
                .Take(MaxFactsPerSource))
            .OrderBy(item => item.Order)
            .Select(item => item.Fact);

        var written = 0;
        foreach (var fact in kept)
        {
            var date = fact.Date;
            object?[] values =
            [
                fact.Id.Value, fact.Citation.SourceId.Value, fact.Citation.SourceTitle, fact.Citation.Section,
                // The text is stored only when it adds to the sentence (a preceding sentence it needs).
                fact.Citation.ParagraphNumber, fact.Language, fact.Text == fact.Sentence ? null : fact.Text, fact.Sentence,
                date is null ? null : (int)date.Precision, date?.Year, date?.Month, date?.Day, date?.EndYear,
            ];
            for (var i = 0; i < values.Length; i++)
                insert.Parameters[i].Value = values[i] ?? DBNull.Value;
            written += insert.ExecuteNonQuery();
        }
        return written;
    }
}
