using System.Text.Json.Serialization;

namespace HistoryBot.Eval;

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(EvalQuestion))]
[JsonSerializable(typeof(EvalResultLine))]
internal sealed partial class EvalJsonContext : JsonSerializerContext;
