using System.Globalization;

namespace HistoryBot.Telegram.Client;

/// <summary>
/// The token is part of every Bot API URL ("/bot&lt;token&gt;/method"), so anything that may
/// echo a URL (exception messages, descriptions) goes through <see cref="Redact"/> first.
/// </summary>
public static class TelegramToken
{
    public const string Redacted = "<redacted>";

    public static string Redact(string? text, string token)
    {
        if (string.IsNullOrEmpty(text) || string.IsNullOrEmpty(token))
            return text ?? "";
        return text
            .Replace(token, Redacted, StringComparison.Ordinal)
            .Replace(Uri.EscapeDataString(token), Redacted, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The bot's user id: the digits before the colon (public, unlike the rest).</summary>
    public static long BotId(string token)
    {
        var colon = token.IndexOf(':');
        return colon > 0 && long.TryParse(token.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
    }
}
