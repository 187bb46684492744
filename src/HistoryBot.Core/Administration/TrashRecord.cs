using System.Text.Json.Serialization;
using HistoryBot.Core.Corpus;

namespace HistoryBot.Core.Administration;

/// <summary>
/// The note kept beside a trashed file ("&lt;name&gt;.json"): its sources.json entry and where it
/// stood, so restoring brings back title, language and order, not just the bytes.
/// </summary>
public sealed record TrashRecord
{
    [JsonPropertyName("file")] public required string File { get; init; }
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("entry")] public SourceEntry? Entry { get; init; }
    [JsonPropertyName("position")] public int Position { get; init; }
    [JsonPropertyName("removedAt")] public DateTimeOffset RemovedAt { get; init; }
}
