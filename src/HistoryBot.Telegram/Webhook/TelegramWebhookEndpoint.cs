using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HistoryBot.Telegram.Api;
using HistoryBot.Core.State;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HistoryBot.Telegram.Webhook;

/// <summary>
/// Receives Telegram's POSTs: checks the secret header, stores the update, queues it and answers
/// 200 at once; the answer to the user is worked out in the background.
/// </summary>
internal sealed class TelegramWebhookEndpoint(
    TelegramUpdateQueue queue,
    ITelegramStateStore store,
    IOptions<TelegramOptions> options,
    ILogger<TelegramWebhookEndpoint> logger)
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Updates are a few kilobytes; anything far larger is not from Telegram.</summary>
    private const int MaxBodyBytes = 1024 * 1024;

    private readonly byte[] _secret = Encoding.UTF8.GetBytes(options.Value.WebhookSecret ?? "");

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsAuthorized(request.Headers[SecretHeader].ToString()))
        {
            logger.LogWarning("Rejected a webhook request from {RemoteAddress} without the right secret token", context.Connection.RemoteIpAddress);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        if (request.ContentLength > MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        string payload;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
            payload = await reader.ReadToEndAsync(context.RequestAborted);
        Api.Types.Update? update;
        try
        {
            update = JsonSerializer.Deserialize(payload, TelegramJsonContext.Default.Update);
        }
        catch (JsonException)
        {
            update = null;
        }
        if (update is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // Stored before the 200: once Telegram has its answer it will not send the update again.
        if (await store.TryReceiveAsync(update.UpdateId, payload, context.RequestAborted))
            queue.TryEnqueue(update);
        else
            logger.LogDebug("Telegram sent update {UpdateId} again; it is known already", update.UpdateId);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>Compared in constant time, so the secret cannot be guessed from response times.</summary>
    private bool IsAuthorized(string header) =>
        _secret.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header), _secret);
}
