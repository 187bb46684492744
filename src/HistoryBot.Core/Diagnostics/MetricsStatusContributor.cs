using HistoryBot.Core.Chat;

namespace HistoryBot.Core.Diagnostics;

/// <summary>The main counters in /status.</summary>
public sealed class MetricsStatusContributor(BotMetrics metrics) : IStatusContributor
{
    public Task<IReadOnlyList<string>> LinesAsync(CancellationToken cancellationToken)
    {
        var totals = metrics.Totals();
        IReadOnlyList<string> lines = totals.Count == 0
            ? ["Since start: no questions yet"]
            : ["Since start: " + string.Join(", ", totals.Select(pair => $"{pair.Key} {pair.Value}"))];
        return Task.FromResult(lines);
    }
}
