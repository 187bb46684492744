using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HistoryBot.Telegram.Tests.Fakes;

/// <summary>
/// The rules api.json states only in prose (specs README §4.3-4.5): text lengths and HTML,
/// callback_data bytes, one action per button, command names, secret tokens.
/// </summary>
public static partial class BotApiRules
{
    private static readonly string[] ButtonActions =
    [
        "url", "callback_data", "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay",
    ];

    private static readonly string[] ChatActions =
    [
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice", "upload_document",
        "choose_sticker", "find_location", "record_video_note", "upload_video_note",
    ];

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretToken();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();

    public static IReadOnlyList<string> Check(string method, JsonObject parameters)
    {
        var errors = new List<string>();
        switch (method)
        {
            case "sendMessage":
            case "editMessageText":
                CheckText(parameters, errors);
                CheckKeyboard(parameters["reply_markup"], errors);
                break;
            case "answerCallbackQuery":
                if (String(parameters, "text") is { Length: > 200 } alert)
                    errors.Add($"answerCallbackQuery.text is {alert.Length} characters, over 200");
                break;
            case "setMyCommands":
                CheckCommands(parameters, errors);
                break;
            case "setWebhook":
                if (String(parameters, "secret_token") is { } secret && !SecretToken().IsMatch(secret))
                    errors.Add("setWebhook.secret_token must be 1-256 characters of A-Z a-z 0-9 _ -");
                if (String(parameters, "url") is { Length: > 0 } url && !url.StartsWith("https://", StringComparison.Ordinal))
                    errors.Add("setWebhook.url must be https");
                break;
            case "sendChatAction":
                if (String(parameters, "action") is { } action && !ChatActions.Contains(action))
                    errors.Add($"sendChatAction.action '{action}' is not a chat action");
                break;
            case "getUpdates":
                if (parameters["limit"] is JsonValue limit && limit.GetValue<int>() is < 1 or > 100)
                    errors.Add("getUpdates.limit must be 1-100");
                if (parameters["timeout"] is JsonValue timeout && timeout.GetValue<int>() < 0)
                    errors.Add("getUpdates.timeout must not be negative");
                break;
        }
        return errors;
    }

    private static void CheckText(JsonObject parameters, List<string> errors)
    {
        var text = String(parameters, "text") ?? "";
        // The Bot API server lower-cases parse_mode before comparing, so "HTML" and Telegram.Bot's "Html" are the same.
        switch (String(parameters, "parse_mode")?.ToUpperInvariant())
        {
            case "HTML":
                errors.AddRange(TelegramHtmlValidator.Validate(text).Select(error => "text (HTML): " + error));
                break;
            case null:
                if (text.Trim().Length == 0)
                    errors.Add("text is empty");
                if (text.Length > TelegramHtmlValidator.MaxLength)
                    errors.Add($"text is {text.Length} characters long, over {TelegramHtmlValidator.MaxLength}");
                break;
            case var other:
                errors.Add($"parse_mode '{other}' is not used by this bot");
                break;
        }
    }

    private static void CheckKeyboard(JsonNode? markup, List<string> errors)
    {
        if (markup?["inline_keyboard"] is not JsonArray rows)
            return;
        foreach (var button in rows.OfType<JsonArray>().SelectMany(row => row).OfType<JsonObject>())
        {
            var actions = ButtonActions.Count(button.ContainsKey);
            if (actions != 1)
                errors.Add($"inline button '{button["text"]}' has {actions} action fields, not exactly one");
            if (String(button, "text") is not { Length: > 0 })
                errors.Add("inline button without text");
            if (String(button, "callback_data") is { } data && Encoding.UTF8.GetByteCount(data) is < 1 or > 64)
                errors.Add($"callback_data '{data}' is {Encoding.UTF8.GetByteCount(data)} bytes, not 1-64");
        }
    }

    private static void CheckCommands(JsonObject parameters, List<string> errors)
    {
        if (parameters["commands"] is JsonArray commands)
        {
            if (commands.Count > 100)
                errors.Add("setMyCommands takes at most 100 commands");
            foreach (var command in commands.OfType<JsonObject>())
            {
                if (String(command, "command") is not { } name || !CommandName().IsMatch(name))
                    errors.Add($"command '{command["command"]}' must be 1-32 characters of a-z, 0-9 and _");
                if (String(command, "description") is not { Length: >= 1 and <= 256 })
                    errors.Add($"command '{command["command"]}' needs a description of 1-256 characters");
            }
        }
        if (String(parameters, "language_code") is { } language && !LanguageCode().IsMatch(language))
            errors.Add($"language_code '{language}' is not a two-letter ISO 639-1 code");
    }

    private static string? String(JsonObject parameters, string name) =>
        parameters[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
