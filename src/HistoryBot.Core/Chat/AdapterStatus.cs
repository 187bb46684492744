using System.Collections.Concurrent;

namespace HistoryBot.Core.Chat;

/// <summary>
/// Where adapters report whether they are connected; read by /status and the readiness
/// endpoint. An adapter registers itself when it starts, so a configured adapter that never
/// connects shows as not connected.
/// </summary>
public sealed class AdapterStatus(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, AdapterConnection> _adapters = new(StringComparer.Ordinal);

    public void Report(string name, bool connected, string? detail = null)
    {
        _adapters.AddOrUpdate(name,
            _ => new AdapterConnection(name, connected, detail, time.GetUtcNow()),
            (_, previous) => previous.Connected == connected && previous.Detail == detail
                ? previous
                : new AdapterConnection(name, connected, detail, previous.Connected == connected ? previous.Since : time.GetUtcNow()));
    }

    public void Remove(string name) => _adapters.TryRemove(name, out _);

    public IReadOnlyList<AdapterConnection> Snapshot() =>
        _adapters.Values.OrderBy(adapter => adapter.Name, StringComparer.Ordinal).ToList();
}
