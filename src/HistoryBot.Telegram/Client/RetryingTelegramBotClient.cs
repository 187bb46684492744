using HistoryBot.Core.Chat;
using HistoryBot.Core.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;

namespace HistoryBot.Telegram.Client;

/// <summary>
/// The library's client with the bot's own retry policy instead of the library's (whose 429 wait
/// ignores <see cref="TimeProvider"/>): a 429 waits the retry_after Telegram asks for; server and
/// network errors back off exponentially, but only for reads, since a repeated send could post
/// twice; a call that never reached Telegram (connection refused) is always safe to repeat.
/// Every failure is counted, and no exception message that leaves this class holds the token.
/// </summary>
internal sealed class RetryingTelegramBotClient : TelegramBotClient
{
    private readonly TelegramOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<RetryingTelegramBotClient> _logger;
    private readonly BotMetrics _metrics;

    public RetryingTelegramBotClient(HttpClient http, IOptions<TelegramOptions> options, TimeProvider time, ILogger<RetryingTelegramBotClient> logger, BotMetrics metrics)
        : base(ClientOptions(options.Value), http)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        _metrics = metrics;
        ExceptionsParser = new RedactingParser(Token);
    }

    /// <summary>The public Bot API unless Telegram:ApiBaseUrl names another server (a local telegram-bot-api, a test fake).</summary>
    public static TelegramBotClientOptions ClientOptions(TelegramOptions options) =>
        new(options.Token.Trim(), options.ApiBaseUrl.TrimEnd('/') == TelegramOptions.DefaultApiBaseUrl ? null : options.ApiBaseUrl)
        {
            // Retries are ours (below); the library's would come on top of them.
            RetryThreshold = 0,
            RetryCount = 0,
        };

    public override async Task<TResponse> SendRequest<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        // GetUpdates is not among them: the poller is its own retry loop.
        var isRead = request is GetMeRequest or GetChatMemberRequest or GetFileRequest;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SendOnceAsync(request, cancellationToken);
            }
            catch (RequestException ex) when (Counted(ex) && (ex.Code == 429 || ex is NotSentException || (isRead && ex.IsTransient)) && attempt < _options.MaxAttempts)
            {
                var delay = ex.RetryAfter ?? Backoff.Delay(attempt, _options.RetryBaseDelay, _options.MaxRetryDelay);
                // Flood control is worth a warning; a transient failure only if it outlasts the retries (logged by the caller).
                _logger.Log(ex.Code == 429 ? LogLevel.Warning : LogLevel.Debug,
                    "Telegram {Method} failed ({ErrorCode}: {Description}); attempt {Attempt} of {MaxAttempts}, retrying in {Delay}",
                    request.MethodName, ex.Code, ex.Message, attempt, _options.MaxAttempts, delay);
                await Task.Delay(delay, _time, cancellationToken);
            }
        }
    }

    private async Task<TResponse> SendOnceAsync<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken)
    {
        var timeout = _options.RequestTimeout + (request is GetUpdatesRequest { Timeout: { } seconds } ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero);
        using var timer = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            return await base.SendRequest(request, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RequestException($"no answer within {timeout.TotalSeconds:0} s");
        }
        catch (RequestException ex) when (ex is not ApiRequestException)
        {
            // Rebuilt without the inner exception, whose message or data may name the request URL.
            var message = TelegramToken.Redact(ex.InnerException is { } inner ? $"{ex.Message} ({inner.Message})" : ex.Message, Token);
            if (ex.InnerException is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError })
                throw new NotSentException(message);
            throw ex.HttpStatusCode is { } status ? new RequestException(message, status) : new RequestException(message);
        }
    }

    /// <summary>Counts every failed call, retried or not; used in a filter so uncaught ones keep their stack.</summary>
    private bool Counted(RequestException exception)
    {
        _metrics.PlatformError(Platform.Telegram, rateLimited: exception.Code == 429);
        return true;
    }

    /// <summary>No connection was made, so Telegram never saw the request.</summary>
    private sealed class NotSentException(string message) : RequestException(message);

    /// <summary>Telegram's error answers, with the token taken out of descriptions that echo a URL (proxies do).</summary>
    private sealed class RedactingParser(string token) : IExceptionParser
    {
        public ApiRequestException Parse(ApiResponse apiResponse) =>
            new(TelegramToken.Redact(apiResponse.Description, token), apiResponse.ErrorCode, apiResponse.Parameters);
    }
}
