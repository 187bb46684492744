using System.Diagnostics;
using HistoryBot.Core;
using HistoryBot.Core.Answers;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Search;
using HistoryBot.Core.Text;
using HistoryBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HistoryBot.Bench;

/// <summary>
/// The performance suite: builds and queries the five sources and a large corpus in temporary
/// data folders, with the same host and services the bot runs with.
/// </summary>
internal sealed class BenchRunner(BenchSettings settings, Action<string> say)
{
    private static readonly int[] AskerCounts = [1, 2, 8];

    public async Task<BenchReport> RunAsync(CancellationToken cancellationToken)
    {
        var root = Path.Combine(Path.GetTempPath(), "historybot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            var corpora = new List<CorpusFigures>();
            var sourcesData = Path.Combine(root, "sources-data");
            LoadedCorpus library;
            string sourcesDirectory;
            long? peakServingSources = null;
            LatencyStats? telegram = null;
            double? startup = null;
            using (var host = CreateHost(sourcesData, settings.SourcesDirectory))
            {
                sourcesDirectory = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.SourcesDirectory;
                library = host.Services.GetRequiredService<CorpusLoader>().Load(sourcesDirectory, cancellationToken);
                if (settings.Parts != BenchParts.Corpus)
                {
                    say($"sources: {library.Paragraphs.Count} paragraphs");
                    corpora.Add(await MeasureAsync(host, "sources", () => library, fromFiles: true, cancellationToken));
                }
            }
            if (settings.Parts != BenchParts.Corpus)
            {
                peakServingSources = ServingMemory.ProcessPeak();

                say("Telegram end to end (fake Bot API on 127.0.0.1)…");
                telegram = await TelegramEndToEndAsync(sourcesData, sourcesDirectory, cancellationToken);
                say($"  update served → sendMessage arrived: p50 {telegram.P50:0.###} ms, p99 {telegram.P99:0.###} ms over {telegram.Count}");

                say("startup to first answer (child process, existing index)…");
                startup = await StartupToFirstAnswerAsync(sourcesData, sourcesDirectory, cancellationToken);
            }

            var large = new List<(string Name, Func<LoadedCorpus> Make)>();
            if (settings.Parts == BenchParts.Sources)
            {
                // Nothing larger.
            }
            else if (settings.CorpusFile is { } file)
            {
                large.Add(("external", () => SyntheticCorpus.FromFile(file, new LanguageDetector())));
            }
            else
            {
                foreach (var size in settings.CurveSizes.Where(size => size < settings.Paragraphs).Append(settings.Paragraphs).Distinct().Order())
                    large.Add(($"synthetic-{size}", () => SyntheticCorpus.Generate(library, size)));
            }
            foreach (var (name, make) in large)
            {
                var data = Path.Combine(root, name);
                using (var host = CreateHost(data, sourcesDirectory))
                    corpora.Add(await MeasureAsync(host, name, make, fromFiles: false, cancellationToken));
                Directory.Delete(data, recursive: true);
            }

            return new BenchReport(corpora, startup, peakServingSources, telegram,
                $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // The temp folder is cleaned by the OS.
            }
        }
    }

    /// <summary>Writes the generated corpus of <paramref name="paragraphs"/> one paragraph per line, as `bench --corpus` reads it; returns how many.</summary>
    public static int WriteGeneratedCorpus(string? sourcesDirectory, int paragraphs, string path, CancellationToken cancellationToken)
    {
        var data = Path.Combine(Path.GetTempPath(), "historybot-bench", Guid.NewGuid().ToString("N"));
        try
        {
            using var host = CreateHost(data, sourcesDirectory);
            var directory = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.SourcesDirectory;
            var generated = SyntheticCorpus.Generate(host.Services.GetRequiredService<CorpusLoader>().Load(directory, cancellationToken), paragraphs);
            SyntheticCorpus.WriteLines(generated, path);
            return generated.Paragraphs.Count;
        }
        finally
        {
            if (Directory.Exists(data))
                Directory.Delete(data, recursive: true);
        }
    }

    private static IHost CreateHost(string dataDirectory, string? sourcesDirectory)
    {
        var overrides = new Dictionary<string, string?> { ["Storage:DataDirectory"] = dataDirectory };
        if (sourcesDirectory is not null)
            overrides["Storage:SourcesDirectory"] = sourcesDirectory;
        return BotHost.Build(BotHost.CreateBuilder(overrides, quiet: true));
    }

    /// <summary>
    /// Builds one corpus and times questions on it. The corpus is made here and let go once
    /// built, so the serving figures (latency, peak working set) are those of a process that
    /// serves the index, not one that also holds the generated text.
    /// </summary>
    private async Task<CorpusFigures> MeasureAsync(IHost host, string name, Func<LoadedCorpus> make, bool fromFiles, CancellationToken cancellationToken)
    {
        var index = host.Services.GetRequiredService<SearchIndex>();
        var queries = host.Services.GetRequiredService<IQueryService>();

        var corpus = make();
        var textBytes = corpus.TextBytes;
        if (!fromFiles)
            say($"{name}: {corpus.Paragraphs.Count:N0} paragraphs, {textBytes / 1_048_576.0:0.0} MiB of text");
        var buildCpu = ProcessorTime();
        var stopwatch = Stopwatch.StartNew();
        var report = fromFiles
            ? await index.RebuildAsync(cancellationToken: cancellationToken)
            : await index.RebuildFromAsync(corpus, cancellationToken: cancellationToken);
        var buildMs = stopwatch.Elapsed.TotalMilliseconds;
        buildCpu = ProcessorTime() - buildCpu;
        var buildPeak = ServingMemory.ProcessPeak();
        corpus = null;
        say($"  built in {buildMs:N0} ms ({buildCpu:N0} ms of processor time), index {report.IndexBytes / 1_048_576.0:0.0} MiB");

        var memory = ServingMemory.Start();
        var (warmUpQuestions, warmUpTime, settled) = await WarmUpAsync(queries, cancellationToken);
        say($"  warmed up on {warmUpQuestions:N0} questions in {warmUpTime.TotalSeconds:0.0} s"
            + (settings.SettleSeconds <= 0 ? "" : settled ? " (the JIT had stopped recompiling)" : " (the JIT was still recompiling)"));

        var latencies = new double[settings.AskCount];
        var askCpu = ProcessorTime();
        var askAllocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < latencies.Length; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await queries.AskAsync(settings.Questions[i % settings.Questions.Count], null, cancellationToken);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (i % 500 == 0)
                memory.Sample();
        }
        askCpu = (ProcessorTime() - askCpu) / latencies.Length;
        askAllocated = (GC.GetTotalAllocatedBytes(precise: true) - askAllocated) / latencies.Length;
        var ask = LatencyStats.From(latencies);
        say($"  ask p50 {ask.P50:0.###} ms, p99 {ask.P99:0.###} ms, max {ask.Max:0.###} ms over {ask.Count:N0} ({askCpu:0.###} ms of processor time and {askAllocated / 1024.0:N0} KiB allocated per question)");

        var throughput = new List<ThroughputFigures>();
        foreach (var askers in AskerCounts)
        {
            var perAsker = Math.Max(1, Math.Min(settings.ThroughputCount, settings.AskCount) / askers);
            var all = new double[perAsker * askers];
            stopwatch.Restart();
            await Task.WhenAll(Enumerable.Range(0, askers).Select(asker => Task.Run(async () =>
            {
                for (var i = 0; i < perAsker; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    await queries.AskAsync(settings.Questions[(asker * 7 + i) % settings.Questions.Count], null, cancellationToken);
                    all[asker * perAsker + i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
            }, cancellationToken)));
            var seconds = stopwatch.Elapsed.TotalSeconds;
            memory.Sample();
            var figures = new ThroughputFigures(askers, Math.Round(all.Length / seconds, 1), LatencyStats.From(all).P99);
            throughput.Add(figures);
            say($"  {askers} asker(s): {figures.Qps:N0} questions/s, p99 {figures.P99:0.###} ms");
        }
        var servingPeak = memory.Peak();
        say($"  peak working set while serving: {servingPeak / 1_048_576.0:0} MiB");

        return new CorpusFigures(name, report.ParagraphCount, textBytes, Math.Round(buildMs, 1), report.IndexBytes, buildPeak, ask, throughput)
        {
            ServingPeakWorkingSetBytes = servingPeak,
            BuildCpuMs = Math.Round(buildCpu, 1),
            AskCpuMs = Math.Round(askCpu, 3),
            WarmUpQuestions = warmUpQuestions,
            AskAllocatedBytes = askAllocated,
        };
    }

    /// <summary>How long the JIT must have compiled nothing new for a warm-up to count as settled.</summary>
    private static readonly TimeSpan QuietSpell = TimeSpan.FromMilliseconds(750);

    /// <summary>
    /// Asks the warm-up questions, then (for at most <see cref="BenchSettings.SettleSeconds"/> more)
    /// goes on asking until the runtime has compiled no method for <see cref="QuietSpell"/>. A Release
    /// build starts on precompiled (ReadyToRun) code, and the JIT recompiles the hot methods in
    /// the background over the first seconds of serving, taking about as much processor time
    /// as the questions themselves: timed before it is done, a small library measures mostly the
    /// recompilation, not the code a bot that has served for a minute runs.
    /// </summary>
    private async Task<(int Questions, TimeSpan Elapsed, bool Settled)> WarmUpAsync(IQueryService queries, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var asked = 0;
        for (; asked < settings.WarmUp; asked++)
            await queries.AskAsync(settings.Questions[asked % settings.Questions.Count], null, cancellationToken);
        if (settings.SettleSeconds <= 0)
            return (asked, stopwatch.Elapsed, false);
        // At most SettleSeconds more, and at least one question: the spell starts with it.
        var limit = stopwatch.Elapsed + TimeSpan.FromSeconds(settings.SettleSeconds);
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        var quietSince = stopwatch.Elapsed;
        while (stopwatch.Elapsed - quietSince < QuietSpell)
        {
            if (stopwatch.Elapsed >= limit)
                return (asked, stopwatch.Elapsed, false);
            await queries.AskAsync(settings.Questions[asked++ % settings.Questions.Count], null, cancellationToken);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != compiled)
            {
                compiled = now;
                quietSince = stopwatch.Elapsed;
            }
        }
        return (asked, stopwatch.Elapsed, true);
    }

    /// <summary>Processor time of the whole process so far, in milliseconds: on a busy machine it moves far less than the wall clock.</summary>
    private static double ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }

    /// <summary>
    /// The real host with the Telegram adapter against a local fake Bot API: from an update
    /// being served by getUpdates to its sendMessage arriving. Each question comes from its own
    /// user, so the per-user rate limit is not what is measured.
    /// </summary>
    private async Task<LatencyStats> TelegramEndToEndAsync(string dataDirectory, string sourcesDirectory, CancellationToken cancellationToken)
    {
        await using var server = await FakeTelegramServer.StartAsync(cancellationToken);
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Storage:SourcesDirectory"] = sourcesDirectory,
            ["Telegram:Token"] = FakeTelegramServer.Token,
            ["Telegram:ApiBaseUrl"] = server.BaseUrl,
            ["Http:Urls"] = null,
        };
        using var host = BotHost.Build(BotHost.CreateBuilder(overrides, quiet: true, platforms: true));
        await host.StartAsync(cancellationToken);
        try
        {
            await host.Services.GetRequiredService<SearchIndex>().EnsureLoadedAsync(cancellationToken: cancellationToken);
            var status = host.Services.GetRequiredService<Core.Chat.AdapterStatus>();
            var deadline = Stopwatch.StartNew();
            while (!status.Snapshot().Any(adapter => adapter.Connected) && deadline.Elapsed < TimeSpan.FromSeconds(15))
                await Task.Delay(20, cancellationToken);

            var latencies = new List<double>();
            var count = settings.TelegramCount;
            for (var i = 0; i < count + settings.TelegramCount / 10; i++)
            {
                var elapsed = await server.AskAsync(1_000 + i, settings.Questions[i % settings.Questions.Count], cancellationToken);
                if (i >= settings.TelegramCount / 10)
                    latencies.Add(elapsed);
            }
            return LatencyStats.From(latencies);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Runs `ask` in a new process on the built index and times it to the answer, median of three.</summary>
    private static async Task<double> StartupToFirstAnswerAsync(string dataDirectory, string sourcesDirectory, CancellationToken cancellationToken)
    {
        var times = new List<double>();
        for (var run = 0; run < 3; run++)
        {
            var start = new ProcessStartInfo
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            var processPath = Environment.ProcessPath!;
            if (Path.GetFileNameWithoutExtension(processPath) == "dotnet")
            {
                start.FileName = processPath;
                start.ArgumentList.Add(typeof(BenchRunner).Assembly.Location);
            }
            else
            {
                start.FileName = processPath;
            }
            foreach (var argument in new[] { "ask", "When did the USSR ask to join NATO?", "--data-dir", dataDirectory, "--sources", sourcesDirectory })
                start.ArgumentList.Add(argument);
            var stopwatch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
            if (!output.Contains("1954", StringComparison.Ordinal))
                throw new InvalidOperationException($"The child process did not answer: {output}{await process.StandardError.ReadToEndAsync(cancellationToken)}");
        }
        return Math.Round(times.Order().ElementAt(1), 1);
    }
}
