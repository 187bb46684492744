using HistoryBot.Core.Corpus;
using HistoryBot.Core.Facts;
using HistoryBot.Testing;

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

        var written = new FactsIndexPart(new FactMiner()).Build(temp.Path, corpus, CancellationToken.None);

        var stored = FactsIndexPart.Read(temp.Combine(FactsIndexPart.FileName))!;
        Assert.Equal(FactsIndexPart.MaxFactsPerSource, written);
        Assert.Equal(written, stored.Count);
        Assert.Equal(50, stored.Count(fact => fact.Date?.Precision == DatePrecision.Day));
    }

    [Fact]
    public void The_facts_file_is_compressed_and_a_plain_one_of_an_older_generation_still_reads()
    {
        // Arrange
        using var temp = new TempDirectory();
        var source = new SourceId("dates.en");
        var paragraphs = Enumerable.Range(0, 40)
            .Select(i => new Paragraph(source, "Dates", null, i + 1, "en", $"On March {1 + i % 28}, {1900 + i}, the council of Ravenna met the league of Dorhaven."))
            .ToList();
        var corpus = new LoadedCorpus([new SourceInfo(source, "Dates", "en", "dates.en.txt", paragraphs.Count, null, false)], paragraphs, []);
        var written = new FactsIndexPart(new FactMiner()).Build(temp.Path, corpus, CancellationToken.None);
        var compressed = File.ReadAllBytes(temp.Combine(FactsIndexPart.FileName));
        var older = temp.Combine("older");
        Directory.CreateDirectory(older);
        using (var plain = File.Create(Path.Combine(older, FactsIndexPart.LegacyFileName)))
        using (var gzip = new System.IO.Compression.GZipStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress))
            gzip.CopyTo(plain);

        // Act
        var read = FactsIndexPart.ReadFolder(temp.Path)!;
        var readOlder = FactsIndexPart.ReadFolder(older)!;

        // Assert
        Assert.Equal((byte)0x1f, compressed[0]);
        Assert.Equal((byte)0x8b, compressed[1]);
        Assert.True(compressed.Length < new FileInfo(Path.Combine(older, FactsIndexPart.LegacyFileName)).Length);
        Assert.Equal(written, read.Count);
        Assert.Equal(read.Select(fact => (fact.Id, fact.Sentence)), readOlder.Select(fact => (fact.Id, fact.Sentence)));
        Assert.Null(FactsIndexPart.ReadFolder(temp.Combine("none")));
    }
}
