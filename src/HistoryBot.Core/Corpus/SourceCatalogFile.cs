using System.Text.Json.Serialization;

namespace HistoryBot.Core.Corpus;

/// <summary>The shape of sources.json.</summary>
public sealed record SourceCatalogFile
{
    [JsonPropertyName("sources")] public List<SourceEntry> Sources { get; init; } = [];
}
