using System.Text.Json.Serialization;

namespace HistoryBot.Core.Search;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(GenerationManifest))]
internal sealed partial class GenerationJsonContext : JsonSerializerContext;
