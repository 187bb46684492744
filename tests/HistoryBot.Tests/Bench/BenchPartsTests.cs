using HistoryBot.Bench;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Text;
using HistoryBot.Testing;
using Telegram.Bot;

namespace HistoryBot.Tests.Bench;

public sealed class BenchPartsTests
{
    private static readonly LoadedCorpus Library = new CorpusLoader(new LanguageDetector()).Load(RepoPaths.Sources);

    [Fact]
    public void The_synthetic_corpus_is_the_same_for_the_same_size()
    {
        var first = SyntheticCorpus.Generate(Library, 4_000);
        var second = SyntheticCorpus.Generate(Library, 4_000);

        Assert.Equal(4_000, first.Paragraphs.Count);
        Assert.Equal(first.Paragraphs.Select(p => p.Text), second.Paragraphs.Select(p => p.Text));
        Assert.Equal(["en", "lt", "ro", "tl"], first.Paragraphs.Select(p => p.Language).Distinct().Order());
        Assert.Equal(first.Paragraphs.Count, first.Sources.Sum(s => s.ParagraphCount));
    }

    [Fact]
    public void Latency_percentiles_are_nearest_rank()
    {
        var stats = LatencyStats.From(Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToList());

        Assert.Equal(new LatencyStats(50, 99, 100, 100), stats);
    }

    [Fact]
    public void An_external_corpus_is_one_paragraph_per_line_with_its_language_detected()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("corpus.txt");
        File.WriteAllLines(file, ["Short heading-like line", "", "1954 m. Kovo 31 d. SSRS pateikė prašymą įstoti į NATO.", "În 1963, Moscova a semnat un acord."]);

        var corpus = SyntheticCorpus.FromFile(file, new LanguageDetector());

        Assert.Equal(3, corpus.Paragraphs.Count);
        Assert.Equal(["en", "lt", "ro"], corpus.Paragraphs.Select(p => p.Language));
    }

    [Fact]
    public async Task The_bench_Bot_API_answers_what_Telegram_Bot_sends_it()
    {
        // Arrange: the bench's fake, asked by the library the adapter uses (getMe goes without a body).
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var server = await FakeTelegramServer.StartAsync(timeout.Token);
        using var http = new HttpClient();
        var client = new TelegramBotClient(new TelegramBotClientOptions(FakeTelegramServer.Token, server.BaseUrl), http);

        // Act
        var me = await client.GetMe(timeout.Token);
        var sent = await client.SendMessage(42, "answer", cancellationToken: timeout.Token);

        // Assert
        Assert.Equal("BenchBot", me.Username);
        Assert.Equal(42, sent.Chat.Id);
    }
}
