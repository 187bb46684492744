using HistoryBot.Core.Chat;

namespace HistoryBot.Core.Administration;

/// <summary>/status: which platform adapters are connected, and since when.</summary>
public sealed class AdapterStatusContributor(AdapterStatus adapters) : IStatusContributor
{
    public Task<IReadOnlyList<string>> LinesAsync(CancellationToken cancellationToken)
    {
        var snapshot = adapters.Snapshot();
        if (snapshot.Count == 0)
            return Task.FromResult<IReadOnlyList<string>>(["Adapters: none running (no platform token configured; console only)"]);
        var lines = new List<string> { "Adapters:" };
        foreach (var adapter in snapshot)
        {
            var state = adapter.Connected ? "connected" : "not connected";
            var detail = adapter.Detail is null ? "" : $" ({adapter.Detail})";
            lines.Add($"• {adapter.Name}: {state}{detail} since {ReindexCoordinator.Clock(adapter.Since)}");
        }
        return Task.FromResult<IReadOnlyList<string>>(lines);
    }
}
