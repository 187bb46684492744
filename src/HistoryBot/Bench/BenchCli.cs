using System.CommandLine;
using System.Text.Json;
using HistoryBot.Cli;
using HistoryBot.Eval;
using HistoryBot.Hosting;
using Spectre.Console;

namespace HistoryBot.Bench;

/// <summary>`bench [--corpus FILE] [--paragraphs N] [--curve N,…] [--asks N] [--only sources|corpus] [--out FILE.json] [--write-corpus FILE]`: the performance suite.</summary>
internal static class BenchCli
{
    public static Command Create()
    {
        var corpus = new Option<FileInfo?>("--corpus") { Description = "A corpus to measure: one paragraph per line, UTF-8 (named \"external\")" };
        var paragraphs = new Option<int>("--paragraphs") { Description = "Size of the generated corpus when no --corpus is given", DefaultValueFactory = _ => 200_000 };
        var curve = new Option<string>("--curve") { Description = "Smaller generated sizes to show how latency grows (comma-separated; empty for none)", DefaultValueFactory = _ => "10000,50000" };
        var asks = new Option<int>("--asks") { Description = "Questions timed per corpus (after warm-up); each throughput run asks at most as many", DefaultValueFactory = _ => 5_000 };
        var questions = new Option<FileInfo?>("--questions") { Description = "Question set to cycle through (default tests/data/eval/dev-questions.jsonl)" };
        var output = new Option<FileInfo?>("--out") { Description = "Write the figures as JSON" };
        var writeCorpus = new Option<FileInfo?>("--write-corpus") { Description = "Write the generated corpus of --paragraphs one paragraph per line to FILE (for --corpus) and measure nothing" };
        var only = new Option<BenchParts>("--only") { Description = "Run only part of the suite: sources (the five sources, Telegram, start-up) or corpus (the generated or given corpora)", DefaultValueFactory = _ => BenchParts.All };
        var command = new Command("bench", "Measure build time, index size, answer latency, throughput, start-up and memory")
        {
            corpus, paragraphs, curve, asks, questions, output, only, writeCorpus,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var root = ContentRoot.Find(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
            var questionFile = parseResult.GetValue(questions)?.FullName ?? Path.Combine(root, "tests", "data", "eval", "dev-questions.jsonl");
            if (!File.Exists(questionFile))
            {
                Console.Error.WriteLine($"No question set at {questionFile}; pass --questions FILE.");
                return 2;
            }
            if (parseResult.GetValue(writeCorpus) is { } target)
            {
                var written = BenchRunner.WriteGeneratedCorpus(CliOptions.Overrides(parseResult).GetValueOrDefault("Storage:SourcesDirectory"),
                    Math.Max(1, parseResult.GetValue(paragraphs)), target.FullName, cancellationToken);
                Console.WriteLine($"Wrote {written:N0} generated paragraphs to {target.FullName}.");
                return 0;
            }
            var corpusFile = parseResult.GetValue(corpus);
            if (corpusFile is { Exists: false })
            {
                Console.Error.WriteLine($"No corpus at {corpusFile.FullName}.");
                return 2;
            }
            var sizes = (parseResult.GetValue(curve) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(int.Parse).ToList();
            var overrides = CliOptions.Overrides(parseResult);
            var settings = new BenchSettings(
                EvalRunner.ReadQuestions(questionFile).Select(question => question.Question).ToList(),
                Math.Max(1, parseResult.GetValue(paragraphs)),
                sizes,
                corpusFile?.FullName,
                overrides.GetValueOrDefault("Storage:SourcesDirectory"),
                AskCount: Math.Max(1, parseResult.GetValue(asks)),
                Parts: parseResult.GetValue(only),
                SettleSeconds: BenchSettings.DefaultSettleSeconds);

            var report = await new BenchRunner(settings, line => AnsiConsole.MarkupLine(Markup.Escape(line))).RunAsync(cancellationToken);
            Print(report);
            if (parseResult.GetValue(output) is { } outFile)
                await File.WriteAllTextAsync(outFile.FullName, JsonSerializer.Serialize(report, BenchJsonContext.Default.BenchReport), cancellationToken);
            return 0;
        });
        return command;
    }

    private static void Print(BenchReport report)
    {
        var table = new Table().AddColumns("Corpus", "Paragraphs", "Text MiB", "Build ms", "Index MiB", "Index/text", "Ask p50 ms", "Ask p99 ms", "Ask max ms", "qps 1/2/8", "p99 at 8 ms", "Serving MiB");
        foreach (var corpus in report.Corpora)
        {
            table.AddRow(corpus.Name, corpus.Paragraphs.ToString("N0"), (corpus.TextBytes / 1_048_576.0).ToString("0.0"),
                corpus.BuildMs.ToString("N0"), (corpus.IndexBytes / 1_048_576.0).ToString("0.0"),
                (corpus.IndexBytes / (double)Math.Max(1, corpus.TextBytes)).ToString("0.00"),
                corpus.Ask.P50.ToString("0.###"), corpus.Ask.P99.ToString("0.###"), corpus.Ask.Max.ToString("0.###"),
                string.Join(" / ", corpus.Throughput.Select(t => t.Qps.ToString("N0"))),
                corpus.Throughput.Last().P99.ToString("0.###"), (corpus.ServingPeakWorkingSetBytes / 1_048_576.0).ToString("0"));
        }
        AnsiConsole.Write(table);
        if (report.StartupToFirstAnswerMs is { } startup && report.PeakWorkingSetBytes is { } peak)
            AnsiConsole.MarkupLine($"Start to first answer (existing index): [bold]{startup:N0} ms[/]; peak working set serving the sources: [bold]{peak / 1_048_576.0:0} MiB[/]");
        AnsiConsole.MarkupLine($"[grey]{Markup.Escape(report.Machine)}[/]");
    }
}
