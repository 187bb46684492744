using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HistoryBot.Core.State;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace HistoryBot.Telegram.Webhook;

/// <summary>
/// Receives Telegram's POSTs: checks the secret header, reads at most <see cref="MaxBodyBytes"/>
/// (announced or not: a chunked body is counted as it arrives), parses the update with the
/// library's serializer settings, stores it, queues it and answers 200 at once; the answer to the
/// user is worked out in the background.
/// </summary>
internal sealed class TelegramWebhookEndpoint(
    TelegramUpdateQueue queue,
    ITelegramStateStore store,
    IOptions<TelegramOptions> options,
    ILogger<TelegramWebhookEndpoint> logger)
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Updates are a few kilobytes; anything far larger is not from Telegram.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

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
        var body = request.ContentLength > MaxBodyBytes ? null : await ReadCappedAsync(request.Body, context.RequestAborted);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(body, JsonBotAPI.Options);
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
        var payload = Encoding.UTF8.GetString(body);
        if (await store.TryReceiveAsync(update.Id, payload, context.RequestAborted))
            queue.TryEnqueue(update);
        else
            logger.LogDebug("Telegram sent update {UpdateId} again; it is known already", update.Id);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>The body, or null once it grows past <see cref="MaxBodyBytes"/> (whatever Content-Length said).</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>Compared in constant time, so the secret cannot be guessed from response times.</summary>
    private bool IsAuthorized(string header) =>
        _secret.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header), _secret);
}
