using System.CommandLine;
using HistoryBot.Core.Answers;
using HistoryBot.Eval;
using HistoryBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HistoryBot.Cli;

/// <summary>`eval FILE.jsonl [--out results.jsonl]`: answer-quality figures for a question set.</summary>
internal static class EvalCli
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A question set: one JSON object per line (see CONTRIBUTING.md)" };
        var output = new Option<FileInfo?>("--out") { Description = "Write one JSON line per question with the answer and ranked results" };
        var signals = new Option<FileInfo?>("--signals") { Description = "Write one JSON line per question with the answer judge's signals for every ranked paragraph (for refitting the answer model)" };
        var command = new Command("eval", "Run a question set and print Hit@1, Hit@3, MRR and abstention") { file, output, signals };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"No question set at {path.FullName}.");
                return 2;
            }
            List<EvalQuestion> questions;
            try
            {
                questions = EvalRunner.ReadQuestions(path.FullName);
            }
            catch (FormatException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return 2;
            }

            using var host = BotHost.Build(BotHost.CreateBuilder(CliOptions.Overrides(parseResult), quiet: true));
            var report = await new EvalRunner(host.Services.GetRequiredService<IQueryService>()).RunAsync(questions, cancellationToken);
            if (parseResult.GetValue(output) is { } outFile)
                EvalRunner.WriteLines(outFile.FullName, report.Lines);
            if (parseResult.GetValue(signals) is { } signalsFile)
                File.WriteAllLines(signalsFile.FullName, report.SignalLines);

            var table = new Table().AddColumn("Kind").AddColumn(new TableColumn("n").RightAligned())
                .AddColumn(new TableColumn("Hit@1").RightAligned()).AddColumn(new TableColumn("Hit@3").RightAligned())
                .AddColumn(new TableColumn("MRR").RightAligned()).AddColumn(new TableColumn("NotFound").RightAligned());
            foreach (var figures in report.ByKind.Append(report.Answerable))
            {
                var unanswerable = figures.Kind == "unanswerable";
                table.AddRow(figures.Kind, figures.Count.ToString(),
                    unanswerable ? "—" : figures.HitAt1.ToString("0.000"),
                    unanswerable ? "—" : figures.HitAt3.ToString("0.000"),
                    unanswerable ? "—" : figures.Mrr.ToString("0.000"),
                    unanswerable ? $"{figures.NotFound}/{figures.Count} (right)" : $"{figures.NotFound} (wrong)");
            }
            AnsiConsole.Write(table);
            Console.WriteLine(report.Summary);
            return 0;
        });
        return command;
    }
}
