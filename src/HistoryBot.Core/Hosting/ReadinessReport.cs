using System.Text.Json.Serialization;

namespace HistoryBot.Core.Hosting;

/// <summary>The body of /readyz.</summary>
public sealed record ReadinessReport(
    [property: JsonPropertyName("ready")] bool Ready,
    [property: JsonPropertyName("index_loaded")] bool IndexLoaded,
    [property: JsonPropertyName("adapters")] IReadOnlyList<AdapterReadiness> Adapters);
