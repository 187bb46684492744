using System.Text.Json.Serialization;

namespace HistoryBot.Hosting.Web;

/// <summary>The body of /readyz.</summary>
internal sealed record ReadinessReport(
    [property: JsonPropertyName("ready")] bool Ready,
    [property: JsonPropertyName("index_loaded")] bool IndexLoaded,
    [property: JsonPropertyName("adapters")] IReadOnlyList<AdapterReadiness> Adapters);
