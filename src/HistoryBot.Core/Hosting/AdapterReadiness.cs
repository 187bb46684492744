using System.Text.Json.Serialization;

namespace HistoryBot.Core.Hosting;

/// <summary>One adapter in /readyz.</summary>
public sealed record AdapterReadiness(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("connected")] bool Connected,
    [property: JsonPropertyName("detail")] string? Detail);
