using System.Text.Json.Nodes;

namespace HistoryBot.Discord.Tests.Fakes;

/// <summary>A REST request the fake Discord received; <see cref="Path"/> is relative to /api/v10.</summary>
internal sealed record RecordedRequest(
    int Order,
    string Method,
    string Path,
    string Query,
    string? Authorization,
    string? UserAgent,
    string? ContentType,
    JsonNode? Body)
{
    public JsonObject Json => Body as JsonObject ?? throw new InvalidOperationException($"{Method} {Path} had no JSON object body.");

    public override string ToString() => $"{Method} {Path}";
}
