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
    public void The_generated_corpus_written_one_paragraph_per_line_reads_back_as_the_same_paragraphs_in_the_same_languages()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("generated.txt");
        var generated = SyntheticCorpus.Generate(Library, 400);

        SyntheticCorpus.WriteLines(generated, file);
        var read = SyntheticCorpus.FromFile(file, new LanguageDetector());

        Assert.Equal(generated.Paragraphs.Select(p => p.Text), read.Paragraphs.Select(p => p.Text));
        Assert.Equal(generated.Paragraphs.GroupBy(p => p.Language).ToDictionary(g => g.Key, g => g.Count()),
            read.Paragraphs.GroupBy(p => p.Language).ToDictionary(g => g.Key, g => g.Count()));
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

    [Fact]
    public async Task Bench_only_corpus_measures_the_generated_corpus_alone_with_its_serving_memory_after_a_warm_up_that_waits_for_the_jit()
    {
        // Arrange: a tiny generated corpus, few questions; the warm-up may wait a second for the JIT.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var settings = new BenchSettings(["When did the USSR ask to join NATO?", "Kada SSRS paprašė įstoti į NATO?"], 300, [], null, RepoPaths.Sources,
            AskCount: 20, WarmUp: 2, ThroughputCount: 8, TelegramCount: 0, Parts: BenchParts.Corpus, SettleSeconds: 1);
        var said = new List<string>();

        // Act
        var report = await new BenchRunner(settings, said.Add).RunAsync(timeout.Token);

        // Assert
        var corpus = Assert.Single(report.Corpora);
        Assert.Equal("synthetic-300", corpus.Name);
        Assert.Equal(300, corpus.Paragraphs);
        Assert.Equal(20, corpus.Ask.Count);
        Assert.True(corpus.ServingPeakWorkingSetBytes > 0);
        Assert.True(corpus.BuildCpuMs > 0);
        Assert.True(corpus.AskAllocatedBytes > 0);
        Assert.True(corpus.WarmUpQuestions > 2, $"warmed up on {corpus.WarmUpQuestions} questions");
        Assert.Contains(said, line => line.Contains($"warmed up on {corpus.WarmUpQuestions:N0} questions", StringComparison.Ordinal));
        Assert.Null(report.StartupToFirstAnswerMs);
        Assert.Null(report.PeakWorkingSetBytes);
        Assert.Null(report.TelegramE2E);
        Assert.DoesNotContain(said, line => line.StartsWith("sources", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("corpus", nameof(BenchParts.Corpus))]
    [InlineData("sources", nameof(BenchParts.Sources))]
    public void Bench_only_names_a_part_of_the_suite(string value, string parts)
    {
        // Act
        var result = BenchCli.Create().Parse(["--only", value]);

        // Assert
        Assert.Empty(result.Errors);
        Assert.Equal(parts, result.GetValue<BenchParts>("--only").ToString());
    }
}
