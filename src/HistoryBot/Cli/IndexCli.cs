using System.CommandLine;
using HistoryBot.Core.Search;
using HistoryBot.Core.Text;
using HistoryBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HistoryBot.Cli;

/// <summary>`index [--sources DIR]`: (re)build the index with a progress bar and a report.</summary>
internal static class IndexCli
{
    public static Command Create()
    {
        var command = new Command("index", "Rebuild the search index from the sources folder");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = BotHost.Build(BotHost.CreateBuilder(CliOptions.Overrides(parseResult), quiet: true));
            var index = host.Services.GetRequiredService<SearchIndex>();
            var console = AnsiConsole.Console;
            IndexBuildReport report;
            try
            {
                report = await console.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .StartAsync(async context =>
                    {
                        var tasks = new Dictionary<string, ProgressTask>();
                        var progress = new SynchronousProgress<BuildProgress>(step =>
                        {
                            if (!tasks.TryGetValue(step.Stage, out var task))
                                tasks[step.Stage] = task = context.AddTask(step.Stage, maxValue: Math.Max(1, step.Total));
                            task.MaxValue = Math.Max(1, step.Total);
                            task.Value = step.Done;
                        });
                        return await index.RebuildAsync(progress, cancellationToken);
                    });
            }
            catch (IndexBuildException ex)
            {
                console.MarkupLine($"[red]The index was not rebuilt:[/] {Markup.Escape(ex.Message)}");
                console.MarkupLine("[grey]The previous index, if any, keeps serving.[/]");
                return 1;
            }
            Print(console, report, index.SourcesDirectory);
            return 0;
        });
        return command;
    }

    private static void Print(IAnsiConsole console, IndexBuildReport report, string sourcesDirectory)
    {
        var sources = new Table().Title($"Index generation {report.Generation} from {Markup.Escape(sourcesDirectory)}")
            .AddColumn("Source").AddColumn("Language").AddColumn(new TableColumn("Paragraphs").RightAligned());
        foreach (var source in report.Sources)
            sources.AddRow(Markup.Escape(source.Title), Language.DisplayName(source.Language), source.ParagraphCount.ToString());
        console.Write(sources);

        var summary = new Table().HideHeaders().AddColumn("").AddColumn("");
        summary.AddRow("Paragraphs", string.Join(", ", report.ParagraphsByLanguage.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}")) + $" (total {report.ParagraphCount})");
        foreach (var (part, count) in report.Parts)
            summary.AddRow(Markup.Escape(part), count.ToString());
        summary.AddRow("Index size", $"{report.IndexBytes / 1024.0:0.0} KiB");
        summary.AddRow("Time", $"{report.Duration.TotalMilliseconds:0} ms");
        summary.AddRow("Stemming", report.StemmingAvailable ? "on (Lithuanian with libstemmer)" : "[yellow]Lithuanian off: install libstemmer0d[/]");
        console.Write(summary);

        if (report.Skipped.Count > 0)
        {
            var skipped = new Table().Title("[yellow]Skipped files[/]").AddColumn("File").AddColumn("Reason");
            foreach (var file in report.Skipped)
                skipped.AddRow(Markup.Escape(file.File), Markup.Escape(file.Reason));
            console.Write(skipped);
        }
    }

    /// <summary>Reports on the caller's thread, so the progress bar sees every step in order.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
