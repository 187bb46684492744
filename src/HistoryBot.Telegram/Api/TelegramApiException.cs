using System.Globalization;

namespace HistoryBot.Telegram.Api;

/// <summary>
/// A Bot API call that failed: Telegram's error_code and description, and the wait it asked for.
/// <see cref="ErrorCode"/> is <see cref="NetworkError"/> when no answer came at all. The message
/// never contains the token.
/// </summary>
public sealed class TelegramApiException(string method, int errorCode, string description, TimeSpan? retryAfter = null, long? migrateToChatId = null)
    : Exception($"Telegram {method} failed: {(errorCode == NetworkError ? "no answer" : errorCode.ToString(CultureInfo.InvariantCulture))} {description}")
{
    /// <summary>No HTTP answer: connection refused, reset, or timed out.</summary>
    public const int NetworkError = 0;

    public string Method { get; } = method;

    public int ErrorCode { get; } = errorCode;

    public string Description { get; } = description;

    /// <summary>Flood control: wait at least this long before the next call (parameters.retry_after).</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The group became a supergroup with this id; send there instead.</summary>
    public long? MigrateToChatId { get; } = migrateToChatId;

    /// <summary>Worth another attempt: flood control, server errors and network failures.</summary>
    public bool IsTransient => ErrorCode is NetworkError or 429 or >= 500;

    /// <summary>The bot was blocked by the user or removed from the chat.</summary>
    public bool IsForbidden => ErrorCode == 403;

    /// <summary>The token was rejected (401) or does not name a bot (404 on every method).</summary>
    public bool IsInvalidToken => ErrorCode is 401 or 404;

    /// <summary>Telegram could not parse the HTML of a text.</summary>
    public bool IsFormattingRejected => ErrorCode == 400 && Description.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase);

    /// <summary>An edit that would not change the message; nothing to do.</summary>
    public bool IsNotModified => ErrorCode == 400 && Description.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);
}
