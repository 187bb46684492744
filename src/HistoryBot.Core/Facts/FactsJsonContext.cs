using System.Text.Json.Serialization;

namespace HistoryBot.Core.Facts;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<StoredFact>))]
internal sealed partial class FactsJsonContext : JsonSerializerContext;
