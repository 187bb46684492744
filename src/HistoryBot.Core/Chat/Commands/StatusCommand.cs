using System.Globalization;
using HistoryBot.Core.Answers;
using Microsoft.Extensions.DependencyInjection;

namespace HistoryBot.Core.Chat.Commands;

/// <summary>/status: the health of the bot and its index, for admins.</summary>
public sealed class StatusCommand(IQueryService queries, TimeProvider time, IServiceProvider services) : IChatCommand
{
    private readonly DateTimeOffset _started = time.GetUtcNow();

    public CommandInfo Info { get; } = new(
        "status",
        ChatRole.Admin,
        "Index and bot status",
        new Dictionary<string, string>
        {
            ["lt"] = "Indekso ir roboto būsena",
            ["ro"] = "Starea indexului și a botului",
            ["tl"] = "Kalagayan ng index at ng bot",
        });

    public async Task<Reply> ExecuteAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        var stats = await queries.StatsAsync(cancellationToken);
        var uptime = time.GetUtcNow() - _started;
        var lines = new List<string>
        {
            $"Index generation {stats.Generation}, built {stats.BuiltAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC in {(stats.BuildDuration.TotalSeconds < 1 ? $"{stats.BuildDuration.TotalMilliseconds:0} ms" : $"{stats.BuildDuration.TotalSeconds:0.0} s")}{(stats.IsBuilding ? " (a rebuild is running)" : "")}",
            $"{stats.SourceCount} sources, {stats.ParagraphCount} paragraphs ({string.Join(", ", stats.ParagraphsByLanguage.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}), {stats.IndexBytes / 1024.0:0} KiB (Lucene)",
            $"Stemming: {(stats.StemmingAvailable ? "on" : "on except Lithuanian (libstemmer missing)")}",
            $"Uptime: {(int)uptime.TotalDays}d {uptime.Hours}h {uptime.Minutes}m",
        };
        if (stats.Skipped.Count > 0)
            lines.Add("Skipped files: " + string.Join("; ", stats.Skipped.Select(s => $"{s.File} ({s.Reason})")));
        foreach (var section in services.GetServices<IStatusContributor>())
            lines.AddRange(await section.LinesAsync(cancellationToken));
        return new Reply { Kind = ReplyKind.Info, Title = "Status", Body = RichText.Plain(string.Join("\n", lines)), Private = true };
    }
}
