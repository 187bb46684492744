using System.Text.Json.Serialization;

namespace HistoryBot.Hosting.Web;

/// <summary>One adapter in /readyz.</summary>
internal sealed record AdapterReadiness(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("connected")] bool Connected,
    [property: JsonPropertyName("detail")] string? Detail);
