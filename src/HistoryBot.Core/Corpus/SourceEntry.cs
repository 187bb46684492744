using System.Text.Json.Serialization;

namespace HistoryBot.Core.Corpus;

/// <summary>One document's line in sources.json.</summary>
public sealed record SourceEntry
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("file")] public required string File { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("language")] public string? Language { get; init; }
    [JsonPropertyName("translationOf")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TranslationOf { get; init; }
}
