using HistoryBot.Core.Chat;
using HistoryBot.Core.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HistoryBot.Telegram.Api.Requests;
using HistoryBot.Telegram.Api.Types;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HistoryBot.Telegram.Api;

/// <summary>
/// The Bot API over a typed HttpClient: POST JSON to <c>&lt;ApiBaseUrl&gt;/bot&lt;token&gt;/&lt;method&gt;</c>,
/// unwrap the {ok, result} envelope, retry what may pass. Every message that leaves this class
/// has the token redacted, because the URL carries it.
/// </summary>
internal sealed class TelegramApiClient(HttpClient http, IOptions<TelegramOptions> options, TimeProvider time, ILogger<TelegramApiClient> logger, BotMetrics metrics) : ITelegramApi
{
    /// <summary>Telegram lets bots download files up to 20 MB.</summary>
    private const long MaxDownloadBytes = 20 * 1024 * 1024;

    private static readonly TelegramJsonContext Json = TelegramJsonContext.Default;

    private readonly TelegramOptions _options = options.Value;

    private string Token => _options.Token.Trim();

    public Task<User> GetMeAsync(CancellationToken cancellationToken = default) =>
        CallAsync("getMe", new EmptyRequest(), Json.EmptyRequest, Json.TelegramResponseUser, TimeSpan.Zero, cancellationToken);

    public Task<IReadOnlyList<Update>> GetUpdatesAsync(GetUpdatesRequest request, CancellationToken cancellationToken = default) =>
        CallAsync("getUpdates", request, Json.GetUpdatesRequest, Json.TelegramResponseIReadOnlyListUpdate,
            TimeSpan.FromSeconds(request.Timeout ?? 0), cancellationToken);

    public Task SetWebhookAsync(SetWebhookRequest request, CancellationToken cancellationToken = default) =>
        CallAsync("setWebhook", request, Json.SetWebhookRequest, Json.TelegramResponseBoolean, TimeSpan.Zero, cancellationToken);

    public Task DeleteWebhookAsync(DeleteWebhookRequest request, CancellationToken cancellationToken = default) =>
        CallAsync("deleteWebhook", request, Json.DeleteWebhookRequest, Json.TelegramResponseBoolean, TimeSpan.Zero, cancellationToken);

    public Task<Message> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken = default) =>
        CallAsync("sendMessage", request, Json.SendMessageRequest, Json.TelegramResponseMessage, TimeSpan.Zero, cancellationToken);

    // The result is the edited Message, or true for inline messages: neither is needed.
    public Task EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken = default) =>
        CallAsync("editMessageText", request, Json.EditMessageTextRequest, Json.TelegramResponseJsonElement, TimeSpan.Zero, cancellationToken);

    public Task AnswerCallbackQueryAsync(AnswerCallbackQueryRequest request, CancellationToken cancellationToken = default) =>
        CallAsync("answerCallbackQuery", request, Json.AnswerCallbackQueryRequest, Json.TelegramResponseBoolean, TimeSpan.Zero, cancellationToken);

    public Task SetMyCommandsAsync(SetMyCommandsRequest request, CancellationToken cancellationToken = default) =>
        CallAsync("setMyCommands", request, Json.SetMyCommandsRequest, Json.TelegramResponseBoolean, TimeSpan.Zero, cancellationToken);

    public Task<ChatMember> GetChatMemberAsync(GetChatMemberRequest request, CancellationToken cancellationToken = default) =>
        CallAsync("getChatMember", request, Json.GetChatMemberRequest, Json.TelegramResponseChatMember, TimeSpan.Zero, cancellationToken);

    public Task SendChatActionAsync(SendChatActionRequest request, CancellationToken cancellationToken = default) =>
        CallAsync("sendChatAction", request, Json.SendChatActionRequest, Json.TelegramResponseBoolean, TimeSpan.Zero, cancellationToken);

    public Task<TelegramFile> GetFileAsync(GetFileRequest request, CancellationToken cancellationToken = default) =>
        CallAsync("getFile", request, Json.GetFileRequest, Json.TelegramResponseTelegramFile, TimeSpan.Zero, cancellationToken);

    public Task<Stream> DownloadFileAsync(string filePath, CancellationToken cancellationToken = default) =>
        WithRetriesAsync("file download", token => DownloadOnceAsync(filePath, token), cancellationToken);

    private Task<TResult> CallAsync<TRequest, TResult>(
        string method,
        TRequest request,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TelegramResponse<TResult>> responseType,
        TimeSpan longPoll,
        CancellationToken cancellationToken) =>
        WithRetriesAsync(method, token => CallOnceAsync(method, request, requestType, responseType, longPoll, token), cancellationToken);

    /// <summary>
    /// 429 waits what Telegram asks; 5xx and network errors back off exponentially. A retried
    /// sendMessage whose answer was lost may show twice: better than an answer never sent.
    /// </summary>
    private async Task<T> WithRetriesAsync<T>(string method, Func<CancellationToken, Task<T>> once, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await once(cancellationToken);
            }
            catch (TelegramApiException ex) when (Counted(ex) && ex.IsTransient && attempt < _options.MaxAttempts)
            {
                var delay = ex.RetryAfter ?? Backoff.Delay(attempt, _options.RetryBaseDelay, _options.MaxRetryDelay);
                logger.LogWarning("Telegram {Method} failed ({ErrorCode}: {Description}); attempt {Attempt} of {MaxAttempts}, retrying in {Delay}",
                    method, ex.ErrorCode, ex.Description, attempt, _options.MaxAttempts, delay);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    /// <summary>Counts every failed call, retried or not; used in a filter so uncaught ones keep their stack.</summary>
    private bool Counted(TelegramApiException exception)
    {
        metrics.PlatformError(Platform.Telegram, rateLimited: exception.ErrorCode == 429);
        return true;
    }

    private async Task<TResult> CallOnceAsync<TRequest, TResult>(
        string method,
        TRequest request,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TelegramResponse<TResult>> responseType,
        TimeSpan longPoll,
        CancellationToken cancellationToken)
    {
        var timeout = _options.RequestTimeout + longPoll;
        using var timer = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        using var content = JsonContent.Create(request, requestType);
        try
        {
            using var response = await http.PostAsync(MethodUri(method), content, linked.Token);
            TelegramResponse<TResult>? body = null;
            try
            {
                body = await response.Content.ReadFromJsonAsync(responseType, linked.Token);
            }
            catch (JsonException)
            {
                // Not Telegram's JSON (a proxy's error page): the status code tells the rest.
            }
            if (body is { Ok: true })
            {
                return body.Result is null
                    ? throw new TelegramApiException(method, (int)response.StatusCode, "the answer had no result")
                    : body.Result;
            }
            var retryAfter = body?.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(Math.Max(seconds, 0)) : (TimeSpan?)null;
            throw new TelegramApiException(
                method,
                body?.ErrorCode ?? (int)response.StatusCode,
                Redact(body?.Description ?? $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}"),
                retryAfter,
                body?.Parameters?.MigrateToChatId);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TelegramApiException(method, TelegramApiException.NetworkError, $"no answer within {timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException ex)
        {
            // Not wrapped as the inner exception: its message and data may name the request URL.
            throw new TelegramApiException(method, TelegramApiException.NetworkError, Redact($"{ex.HttpRequestError}: {ex.Message}"));
        }
        catch (IOException ex)
        {
            throw new TelegramApiException(method, TelegramApiException.NetworkError, Redact(ex.Message));
        }
    }

    private async Task<Stream> DownloadOnceAsync(string filePath, CancellationToken cancellationToken)
    {
        const string method = "file download";
        using var timer = new CancellationTokenSource(_options.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            using var response = await http.GetAsync(FileUri(filePath), HttpCompletionOption.ResponseHeadersRead, linked.Token);
            if (!response.IsSuccessStatusCode)
                throw new TelegramApiException(method, (int)response.StatusCode, Redact($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}"));
            if (response.Content.Headers.ContentLength > MaxDownloadBytes)
                throw new TelegramApiException(method, 413, "the file is larger than 20 MB");
            var buffer = new MemoryStream();
            await using (var stream = await response.Content.ReadAsStreamAsync(linked.Token))
            {
                var chunk = new byte[81920];
                int read;
                while ((read = await stream.ReadAsync(chunk, linked.Token)) > 0)
                {
                    if (buffer.Length + read > MaxDownloadBytes)
                        throw new TelegramApiException(method, 413, "the file is larger than 20 MB");
                    buffer.Write(chunk, 0, read);
                }
            }
            buffer.Position = 0;
            return buffer;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TelegramApiException(method, TelegramApiException.NetworkError, $"no answer within {_options.RequestTimeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException ex)
        {
            throw new TelegramApiException(method, TelegramApiException.NetworkError, Redact($"{ex.HttpRequestError}: {ex.Message}"));
        }
        catch (IOException ex)
        {
            throw new TelegramApiException(method, TelegramApiException.NetworkError, Redact(ex.Message));
        }
    }

    private Uri MethodUri(string method) => new($"{_options.ApiBaseUrl.TrimEnd('/')}/bot{Token}/{method}");

    private Uri FileUri(string filePath) => new($"{_options.ApiBaseUrl.TrimEnd('/')}/file/bot{Token}/{filePath.TrimStart('/')}");

    private string Redact(string text) => TelegramToken.Redact(text, Token);
}
