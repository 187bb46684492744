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

    public string Name => "facts";

    public int Build(SqliteConnection connection, LoadedCorpus corpus, CancellationToken cancellationToken)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE facts(
                    id TEXT PRIMARY KEY, source_id TEXT NOT NULL, source_title TEXT NOT NULL, section TEXT,
                    paragraph_number INTEGER NOT NULL, language TEXT NOT NULL, text TEXT NOT NULL, sentence TEXT NOT NULL,
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

        var written = 0;
        foreach (var fact in miner.Mine(corpus.Paragraphs, cancellationToken))
        {
            var date = fact.Date;
            object?[] values =
            [
                fact.Id.Value, fact.Citation.SourceId.Value, fact.Citation.SourceTitle, fact.Citation.Section,
                fact.Citation.ParagraphNumber, fact.Language, fact.Text, fact.Sentence,
                date is null ? null : (int)date.Precision, date?.Year, date?.Month, date?.Day, date?.EndYear,
            ];
            for (var i = 0; i < values.Length; i++)
                insert.Parameters[i].Value = values[i] ?? DBNull.Value;
            written += insert.ExecuteNonQuery();
        }
        return written;
    }
}
