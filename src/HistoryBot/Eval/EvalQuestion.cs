using System.Text.Json.Serialization;

namespace HistoryBot.Eval;

/// <summary>One line of a question set (the format is in CONTRIBUTING.md, "Eval and bench").</summary>
public sealed record EvalQuestion
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("lang")] public string? Lang { get; init; }
    [JsonPropertyName("kind")] public required string Kind { get; init; }
    [JsonPropertyName("question")] public required string Question { get; init; }
    /// <summary>
    /// The substrings a right paragraph holds; a line without the field (as unanswerable lines
    /// may be written) reads as none. The source generator hands a missing field to init as null.
    /// </summary>
    [JsonPropertyName("expect")]
    public List<string> Expect { get; init => field = value ?? []; } = [];

    public bool IsUnanswerable => Kind == "unanswerable";
}
