using HistoryBot.Core.Corpus;
using HistoryBot.Core.Facts;
using HistoryBot.Testing;
using Microsoft.Data.Sqlite;

namespace HistoryBot.Core.Tests.Facts;

public sealed class FactsIndexPartTests
{
    [Fact]
    public void A_large_source_keeps_its_most_precisely_dated_facts_up_to_the_cap()
    {
        using var temp = new TempDirectory();
        var source = new SourceId("big.en");
        // Year-only facts first in the text, then ones with a full date further on.
        var paragraphs = Enumerable.Range(0, 300)
            .Select(i => new Paragraph(source, "Big", null, i + 1, "en", $"In {1700 + i} the council of Ravenna and the league of Dorhaven signed treaty number {i}."))
            .Concat(Enumerable.Range(0, 50)
                .Select(i => new Paragraph(source, "Big", null, 301 + i, "en", $"On March {1 + i % 28}, {1800 + i}, the council of Ravenna met the league of Dorhaven again.")))
            .ToList();
        var corpus = new LoadedCorpus([new SourceInfo(source, "Big", "en", "big.en.txt", paragraphs.Count, null, false)], paragraphs, []);
        using var connection = new SqliteConnection($"Data Source={temp.Combine("facts.sqlite")}");
        connection.Open();

        var written = new FactsIndexPart(new FactMiner()).Build(connection, corpus, CancellationToken.None);

        using var query = connection.CreateCommand();
        query.CommandText = "SELECT count(*) FROM facts WHERE precision = 3";
        Assert.Equal(FactsIndexPart.MaxFactsPerSource, written);
        Assert.Equal(50L, query.ExecuteScalar());
    }
}
