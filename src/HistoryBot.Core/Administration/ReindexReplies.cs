using System.Globalization;
using System.Runtime.CompilerServices;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Search;
using HistoryBot.Core.Text;

namespace HistoryBot.Core.Administration;

/// <summary>
/// The replies of the admin commands that reindex: "started" at once, then progress at most
/// about once a second, then the report or the reason it failed.
/// </summary>
public static class ReindexReplies
{
    /// <summary>Platforms rate-limit message edits; one a second is well inside every limit.</summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    /// <summary>Long libraries are cut in the report; chat messages have a length limit.</summary>
    private const int MaxListedSources = 25;

    private const string KeepsServing = "The previous index keeps serving";

    /// <summary>The immediate reply to a request, with the run's progress and report as its updates.</summary>
    public static Reply For(ReindexRequestAnswer start, ReindexTexts texts, TimeProvider time)
    {
        switch (start.Status)
        {
            case ReindexRequestVerdict.Started:
                var run = start.Run!;
                var body = (texts.Lead is null ? "" : texts.Lead + "\n")
                    + "Reindex started… Questions are answered from the current index until the new one is ready.";
                return new Reply
                {
                    Kind = ReplyKind.Info,
                    Title = texts.Title,
                    Body = RichText.Plain(body),
                    Private = true,
                    Updates = Follow(run, texts, time),
                };
            case ReindexRequestVerdict.Busy:
                return new Reply
                {
                    Kind = ReplyKind.Info,
                    Title = texts.Title,
                    Body = RichText.Plain(Busy(start, time)),
                    Private = true,
                };
            default:
                return Rejected(texts, start.Reason ?? "refused");
        }
    }

    /// <summary>A request refused before anything changed.</summary>
    public static Reply Rejected(ReindexTexts texts, string reason) => new()
    {
        Kind = ReplyKind.Error,
        Title = texts.FailedTitle,
        Body = RichText.Plain($"Not done: {reason}. Nothing was changed."),
        Private = true,
    };

    /// <summary>
    /// Watches a run: a progress reply when the stage moved since the last one (checked once a
    /// <see cref="ProgressInterval"/>), then the final reply. Stopping early stops only the watching.
    /// </summary>
    public static async IAsyncEnumerable<Reply> Follow(BackgroundReindex run, ReindexTexts texts, TimeProvider time, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        BuildProgress? shown = null;
        while (!run.Completion.IsCompleted)
        {
            using (var tick = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                var delay = Task.Delay(ProgressInterval, time, tick.Token);
                await Task.WhenAny(run.Completion, delay);
                tick.Cancel();
            }
            cancellationToken.ThrowIfCancellationRequested();
            if (run.Completion.IsCompleted)
                break;
            if (run.Progress is { } progress && progress != shown)
            {
                shown = progress;
                yield return new Reply
                {
                    Kind = ReplyKind.Info,
                    Title = texts.Title,
                    Body = RichText.Plain(Progress(run, progress, time)),
                    Private = true,
                };
            }
        }
        yield return Final(await run.Completion, texts);
    }

    public static string Busy(ReindexRequestAnswer start, TimeProvider time)
    {
        if (start.Run is not { } running)
            return $"Not now: {start.Reason}. Try again when it has finished.";
        var ago = time.GetUtcNow() - running.StartedAt;
        return $"A reindex is already running: {running.StartedBy.Describe()} started it at {ReindexCoordinator.Clock(running.StartedAt)} ({Ago(ago)}). "
            + "Nothing was changed; try again when it has finished.";
    }

    public static string Progress(BackgroundReindex run, BuildProgress progress, TimeProvider time)
    {
        var elapsed = time.GetUtcNow() - run.StartedAt;
        var step = progress.Total > 1
            ? string.Create(CultureInfo.InvariantCulture, $"{progress.Stage} {progress.Done:N0}/{progress.Total:N0} ({100.0 * progress.Done / progress.Total:0}%)")
            : progress.Stage;
        return $"Reindexing… {step}, {Seconds(elapsed)} so far. Questions are answered from the current index meanwhile.";
    }

    /// <summary>The report of a finished run, or why it failed and what still serves.</summary>
    public static Reply Final(ReindexResult outcome, ReindexTexts texts)
    {
        if (outcome.Report is { } report)
        {
            var body = RichText.Empty;
            if (texts.Lead is not null)
                body = body.Append(texts.Lead + "\n");
            body = body.Append(Report(report, outcome.Elapsed));
            return new Reply { Kind = ReplyKind.Info, Title = texts.DoneTitle, Body = body, Private = true };
        }

        var lines = new List<string> { $"Reason: {outcome.Failure}" };
        lines.Add(outcome.ServingGeneration is { } generation
            ? $"{KeepsServing} (generation {generation})."
            : "No index is serving yet; questions wait for the first successful build.");
        if (outcome.ChangeReverted && texts.UndoneNote is not null)
            lines.Add(texts.UndoneNote);
        if (outcome.RevertFailure is { } failure)
            lines.Add($"The source change could not be undone ({failure}): please check the sources folder.");
        return new Reply { Kind = ReplyKind.Error, Title = texts.FailedTitle, Body = RichText.Plain(string.Join("\n", lines)), Private = true };
    }

    /// <summary>Sources, paragraphs per language, facts, duration, and every skipped file with its reason.</summary>
    public static RichText Report(IndexBuildReport report, TimeSpan elapsed)
    {
        var invariant = CultureInfo.InvariantCulture;
        var text = RichText.Empty
            .Append(string.Create(invariant, $"Generation {report.Generation} is serving now; the reindex took {Seconds(elapsed)}.\n"))
            .Append(string.Create(invariant, $"{Count(report.Sources.Count, "source")}, {Count(report.ParagraphCount, "paragraph")}: "))
            .Append(string.Join(", ", report.ParagraphsByLanguage.OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => string.Create(invariant, $"{Language.DisplayName(pair.Key)} {pair.Value:N0}"))));
        if (report.Parts.TryGetValue("facts", out var facts))
            text = text.Append(string.Create(invariant, $"\nFacts: {facts:N0}"));

        foreach (var source in report.Sources.Take(MaxListedSources))
        {
            text = text.Append("\n• ").Append(source.Title, TextStyle.Bold)
                .Append(string.Create(invariant, $" — {Language.DisplayName(source.Language)}, {Count(source.ParagraphCount, "paragraph")}, id "))
                .Append(source.Id.Value, TextStyle.Code);
        }
        if (report.Sources.Count > MaxListedSources)
            text = text.Append($"\n…and {report.Sources.Count - MaxListedSources} more (see /sources)");

        if (report.Skipped.Count == 0)
            return text.Append("\nNo file was skipped.");
        text = text.Append($"\nSkipped files ({report.Skipped.Count}):", TextStyle.Bold);
        foreach (var skipped in report.Skipped)
            text = text.Append("\n• ").Append(skipped.File, TextStyle.Code).Append($" — {skipped.Reason}");
        return text;
    }

    /// <summary>"1 paragraph", "1,234 paragraphs".</summary>
    public static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? "" : "s")}");

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds switch
    {
        < 1 => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, elapsed.TotalMilliseconds):0} ms"),
        < 60 => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:0.0} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalMinutes} min {elapsed.Seconds} s"),
    };

    private static string Ago(TimeSpan ago) =>
        ago < TimeSpan.FromMinutes(1) ? "just now" : string.Create(CultureInfo.InvariantCulture, $"{(int)ago.TotalMinutes} min ago");
}
