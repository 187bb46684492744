using System.Text.Json.Nodes;

namespace HistoryBot.Discord.Tests.Fakes;

/// <summary>What a scripted REST handler answers.</summary>
internal sealed record FakeResponse(int Status, JsonNode? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse Ok(JsonNode? body) => new(200, body);

    public static FakeResponse Created(JsonNode? body) => new(201, body);

    public static FakeResponse NoContent { get; } = new(204);

    public static FakeResponse Error(int status, int code, string message) =>
        new(status, new JsonObject { ["code"] = code, ["message"] = message });

    public static FakeResponse TooManyRequests(double retryAfter, bool global, string? bucket = null)
    {
        var headers = new Dictionary<string, string>
        {
            ["Retry-After"] = Math.Ceiling(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["X-RateLimit-Scope"] = global ? "global" : "user",
        };
        if (global)
            headers["X-RateLimit-Global"] = "true";
        if (bucket is not null)
        {
            headers["X-RateLimit-Bucket"] = bucket;
            headers["X-RateLimit-Remaining"] = "0";
            headers["X-RateLimit-Reset-After"] = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return new(429, new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = retryAfter, ["global"] = global }, headers);
    }
}
