using System.Text.Json.Serialization;

namespace HistoryBot.Eval;

/// <summary>One line of `eval --out`: what the bot answered and every ranked paragraph.</summary>
public sealed record EvalResultLine(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("results")] IReadOnlyList<EvalResult> Results);

public sealed record EvalResult(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("paragraph_number")] int ParagraphNumber,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("paragraph")] string Paragraph,
    [property: JsonPropertyName("score")] double Score);
