using Telegram.Bot.Exceptions;

namespace HistoryBot.Telegram.Client;

/// <summary>
/// What the adapter decides from a failed call: the library throws <see cref="ApiRequestException"/>
/// for Telegram's error answers and <see cref="RequestException"/> when no usable answer came.
/// </summary>
internal static class TelegramFailures
{
    extension(RequestException exception)
    {
        /// <summary>Telegram's error_code, else the HTTP status, else 0 when no answer came at all.</summary>
        public int Code => exception is ApiRequestException api ? api.ErrorCode : (int?)exception.HttpStatusCode ?? 0;

        /// <summary>Worth another attempt: flood control, server errors and network failures.</summary>
        public bool IsTransient => exception.Code is 0 or 429 or >= 500;

        /// <summary>The bot was blocked by the user or removed from the chat.</summary>
        public bool IsForbidden => exception.Code == 403;

        /// <summary>The token was rejected (401) or does not name a bot (404 on every method).</summary>
        public bool IsInvalidToken => exception.Code is 401 or 404;

        /// <summary>Telegram could not parse the HTML of a text.</summary>
        public bool IsFormattingRejected =>
            exception.Code == 400 && exception.Message.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase);

        /// <summary>An edit that would not change the message; nothing to do.</summary>
        public bool IsNotModified =>
            exception.Code == 400 && exception.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);

        /// <summary>Flood control: wait at least this long before the next call (parameters.retry_after).</summary>
        public TimeSpan? RetryAfter =>
            (exception as ApiRequestException)?.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(Math.Max(seconds, 0)) : null;

        /// <summary>The group became a supergroup with this id; send there instead.</summary>
        public long? MigrateToChatId => (exception as ApiRequestException)?.Parameters?.MigrateToChatId;
    }
}
