using System.Text.Json.Nodes;

namespace HistoryBot.Telegram.Tests.Fakes;

/// <summary>A scripted answer of the fake Bot API: an HTTP status and a JSON body.</summary>
public sealed record FakeResponse(int StatusCode, JsonObject Body)
{
    public static FakeResponse Error(int code, string description, int? retryAfter = null, long? migrateTo = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is not null || migrateTo is not null)
        {
            var parameters = new JsonObject();
            if (retryAfter is not null)
                parameters["retry_after"] = retryAfter;
            if (migrateTo is not null)
                parameters["migrate_to_chat_id"] = migrateTo;
            body["parameters"] = parameters;
        }
        return new FakeResponse(code, body);
    }

    public static FakeResponse TooManyRequests(int retryAfter) =>
        Error(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);

    public static FakeResponse Forbidden(string description = "Forbidden: bot was blocked by the user") => Error(403, description);

    /// <summary>The connection is cut before any answer: a network error for the bot.</summary>
    public static FakeResponse Drop() => new(0, new JsonObject());

    public static FakeResponse CantParseEntities() =>
        Error(400, "Bad Request: can't parse entities: Unsupported start tag \"b\" at byte offset 0");
}
