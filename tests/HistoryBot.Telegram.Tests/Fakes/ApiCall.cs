using System.Text.Json;
using System.Text.Json.Nodes;

namespace HistoryBot.Telegram.Tests.Fakes;

/// <summary>One request the fake Bot API received, with the (fake) time it arrived.</summary>
public sealed record ApiCall(int Sequence, string Method, JsonObject Parameters, DateTimeOffset At)
{
    public string? Text => String("text");

    public string? ParseMode => String("parse_mode");

    /// <summary>parse_mode is HTML (Telegram compares it case-insensitively; Telegram.Bot sends "Html").</summary>
    public bool IsHtml => string.Equals(ParseMode, "HTML", StringComparison.OrdinalIgnoreCase);

    public long? ChatId => Parameters["chat_id"] is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<long>() : null;

    public int? ReplyTo => Parameters["reply_parameters"]?["message_id"]?.GetValue<int>();

    public long? Offset => Parameters["offset"]?.GetValue<long>();

    /// <summary>The callback_data of the inline buttons, row by row.</summary>
    public IReadOnlyList<string> ButtonData =>
        Parameters["reply_markup"]?["inline_keyboard"] is JsonArray rows
            ? rows.OfType<JsonArray>().SelectMany(row => row).Select(button => button?["callback_data"]?.GetValue<string>() ?? "").ToList()
            : [];

    public string? String(string name) =>
        Parameters[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
