using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Diagnostics;
using HistoryBot.Discord.Models;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Discord.Rest;

/// <summary>
/// A small typed client for the REST calls in <see cref="IDiscordRestApi"/>. The HttpClient
/// comes from IHttpClientFactory with the base address, User-Agent and Authorization header
/// set; this class adds the rate limits, retries and error mapping.
/// </summary>
internal sealed class DiscordRestClient(HttpClient http, RestRateLimiter limiter, DiscordTimings timings, TimeProvider time, ILogger<DiscordRestClient> logger, BotMetrics metrics)
    : IDiscordRestApi
{
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;

    public Task<ApplicationInfo> GetApplicationAsync(CancellationToken cancellationToken = default) =>
        SendAsync(Route(HttpMethod.Get, "/applications/@me", "applications/@me", ""), (Func<HttpContent>?)null, Json.ApplicationInfo, cancellationToken);

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default) =>
        SendAsync(Route(HttpMethod.Get, "/gateway/bot", "gateway/bot", ""), (Func<HttpContent>?)null, Json.GatewayBotInfo, cancellationToken);

    public async Task OverwriteCommandsAsync(Snowflake application, Snowflake? guild, IReadOnlyList<ApplicationCommandRequest> commands, CancellationToken cancellationToken = default)
    {
        var route = guild is { } server
            ? Route(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands", $"applications/{application}/guilds/{server}/commands", $"{application}/{server}")
            : Route(HttpMethod.Put, "/applications/{application_id}/commands", $"applications/{application}/commands", application.ToString());
        using var response = await SendCheckedAsync(route, () => JsonContent.Create(commands, Json.IReadOnlyListApplicationCommandRequest), cancellationToken);
    }

    public async Task RespondAsync(Snowflake interaction, string token, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        // Each interaction has its own limit, so its id stays in the bucket key.
        var route = Route(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback",
            $"interactions/{interaction}/{Uri.EscapeDataString(token)}/callback", interaction.ToString());
        using var reply = await SendCheckedAsync(route, () => JsonContent.Create(response, Json.InteractionResponse), cancellationToken);
    }

    public async Task RespondWithModalAsync(Snowflake interaction, string token, ModalResponse response, CancellationToken cancellationToken = default)
    {
        var route = Route(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback",
            $"interactions/{interaction}/{Uri.EscapeDataString(token)}/callback", interaction.ToString());
        using var reply = await SendCheckedAsync(route, () => JsonContent.Create(response, Json.ModalResponse), cancellationToken);
    }

    public Task<DiscordMessage> EditOriginalResponseAsync(Snowflake application, string token, MessagePayload message, CancellationToken cancellationToken = default) =>
        SendAsync(Webhook(HttpMethod.Patch, application, token, "/messages/@original", "/messages/@original"), message, Json.DiscordMessage, cancellationToken);

    public async Task DeleteOriginalResponseAsync(Snowflake application, string token, CancellationToken cancellationToken = default)
    {
        using var response = await SendCheckedAsync(Webhook(HttpMethod.Delete, application, token, "/messages/@original", "/messages/@original"), null, cancellationToken);
    }

    public Task<DiscordMessage> CreateFollowupAsync(Snowflake application, string token, MessagePayload message, CancellationToken cancellationToken = default) =>
        SendAsync(Webhook(HttpMethod.Post, application, token, "", ""), message, Json.DiscordMessage, cancellationToken);

    public Task<DiscordMessage> EditFollowupAsync(Snowflake application, string token, Snowflake message, MessagePayload payload, CancellationToken cancellationToken = default) =>
        SendAsync(Webhook(HttpMethod.Patch, application, token, "/messages/{message_id}", $"/messages/{message}"), payload, Json.DiscordMessage, cancellationToken);

    public Task<DiscordMessage> CreateMessageAsync(Snowflake channel, MessagePayload message, CancellationToken cancellationToken = default) =>
        SendAsync(Route(HttpMethod.Post, "/channels/{channel_id}/messages", $"channels/{channel}/messages", channel.ToString()), message, Json.DiscordMessage, cancellationToken);

    public Task<DiscordMessage> EditMessageAsync(Snowflake channel, Snowflake message, MessagePayload payload, CancellationToken cancellationToken = default) =>
        SendAsync(Route(HttpMethod.Patch, "/channels/{channel_id}/messages/{message_id}", $"channels/{channel}/messages/{message}", channel.ToString()), payload, Json.DiscordMessage, cancellationToken);

    public Task<DiscordChannel> StartThreadFromMessageAsync(Snowflake channel, Snowflake message, StartThreadRequest thread, CancellationToken cancellationToken = default) =>
        SendAsync(Route(HttpMethod.Post, "/channels/{channel_id}/messages/{message_id}/threads", $"channels/{channel}/messages/{message}/threads", channel.ToString()),
            () => JsonContent.Create(thread, Json.StartThreadRequest), Json.DiscordChannel, cancellationToken);

    private static RestRoute Route(HttpMethod method, string template, string path, string major)
    {
        // Minor ids (messages) share a bucket; the template already blanks them.
        return new RestRoute(method, $"{method.Method} {template}", path, $"{method.Method} {template} {major}", major);
    }

    /// <summary>Interaction follow-ups and edits use the webhook routes with the application id and interaction token.</summary>
    private static RestRoute Webhook(HttpMethod method, Snowflake application, string token, string templateSuffix, string pathSuffix)
    {
        var major = $"{application}/{token}";
        return new RestRoute(method, $"{method.Method} /webhooks/{{webhook_id}}/{{webhook_token}}{templateSuffix}",
            $"webhooks/{application}/{Uri.EscapeDataString(token)}{pathSuffix}", $"{method.Method} webhooks{templateSuffix} {major}", major);
    }

    private Task<TResponse> SendAsync<TResponse>(RestRoute route, MessagePayload body, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken) =>
        SendAsync(route, () => JsonContent.Create(body, Json.MessagePayload), responseType, cancellationToken);

    private async Task<TResponse> SendAsync<TResponse>(RestRoute route, Func<HttpContent>? body, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        using var response = await SendCheckedAsync(route, body, cancellationToken);
        try
        {
            return await response.Content.ReadFromJsonAsync(responseType, cancellationToken)
                ?? throw new DiscordException($"{route} returned an empty body.", DiscordFailure.Unavailable, response.StatusCode);
        }
        catch (JsonException ex)
        {
            throw new DiscordException($"{route} returned a body we could not read.", DiscordFailure.Unavailable, response.StatusCode, inner: ex);
        }
    }

    /// <summary>Sends through the rate limiter; throws <see cref="DiscordException"/> unless the status is 2xx.</summary>
    private async Task<HttpResponseMessage> SendCheckedAsync(RestRoute route, Func<HttpContent>? body, CancellationToken cancellationToken)
    {
        var response = await SendLimitedAsync(route, body, cancellationToken);
        if (response.IsSuccessStatusCode)
            return response;
        using (response)
        {
            var error = await ReadErrorAsync(response, cancellationToken);
            var status = response.StatusCode;
            throw new DiscordException(
                $"{route} failed with {(int)status} {status}: {error?.Message ?? "no details"}{(error?.Code is { } code ? $" (code {code})" : "")}",
                DiscordException.FailureOf(status), status, error?.Code);
        }
    }

    private async Task<HttpResponseMessage> SendLimitedAsync(RestRoute route, Func<HttpContent>? body, CancellationToken cancellationToken)
    {
        var bucket = limiter.BucketFor(route);
        await bucket.Gate.WaitAsync(cancellationToken);
        try
        {
            var failures = 0;
            while (true)
            {
                await limiter.WaitAsync(route, bucket, cancellationToken);
                HttpResponseMessage response;
                using (var request = new HttpRequestMessage(route.Method, route.Path) { Content = body?.Invoke() })
                {
                    try
                    {
                        response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                    }
                    catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
                    {
                        // A timed-out request may have been carried out; only idempotent calls repeat it.
                        var timedOut = ex is TaskCanceledException;
                        metrics.PlatformError(Platform.Discord, rateLimited: false);
                        if (++failures > timings.RestRetries || (timedOut && !route.IsIdempotent))
                            throw new DiscordException($"{route} failed: Discord {(timedOut ? "did not answer in time" : $"could not be reached ({ex.Message})")}.", DiscordFailure.Unavailable, inner: ex);
                        logger.LogWarning("{Route} could not reach Discord ({Error}); retry {Attempt} of {Retries}", route, timedOut ? "timed out" : ex.Message, failures, timings.RestRetries);
                        await Task.Delay(timings.RestRetryDelay * failures, time, cancellationToken);
                        continue;
                    }
                }

                limiter.Learn(route, bucket, response.Headers);
                if (!response.IsSuccessStatusCode)
                    metrics.PlatformError(Platform.Discord, rateLimited: response.StatusCode == HttpStatusCode.TooManyRequests);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    using (response)
                    {
                        var error = await ReadErrorAsync(response, cancellationToken);
                        var global = error?.Global == true || Header(response, "X-RateLimit-Global") is "true";
                        var retryAfter = TimeSpan.FromSeconds(error?.RetryAfter
                            ?? (double.TryParse(Header(response, "Retry-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds : 1));
                        logger.LogWarning("Rate limited on {Route} ({Scope}); retrying in {RetryAfter} ms", route, global ? "global" : "route", (int)retryAfter.TotalMilliseconds);
                        limiter.OnTooManyRequests(route, bucket, retryAfter, global);
                    }
                    continue;
                }

                // 502–504 mean the request did not get through; a 500 may have been half done, so only idempotent calls repeat it.
                var transient = response.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
                    || (response.StatusCode == HttpStatusCode.InternalServerError && route.IsIdempotent);
                if (transient && failures < timings.RestRetries)
                {
                    failures++;
                    logger.LogWarning("{Route} failed with {Status}; retry {Attempt} of {Retries}", route, (int)response.StatusCode, failures, timings.RestRetries);
                    response.Dispose();
                    await Task.Delay(timings.RestRetryDelay * failures, time, cancellationToken);
                    continue;
                }
                return response;
            }
        }
        finally
        {
            bucket.Gate.Release();
        }
    }

    private static async Task<DiscordErrorBody?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(Json.DiscordErrorBody, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            // Proxies and Cloudflare answer with HTML; the status code alone must do.
            return null;
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
