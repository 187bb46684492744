using HistoryBot.Core.Chat;
using HistoryBot.Telegram.Api;
using HistoryBot.Telegram.Api.Requests;
using HistoryBot.Telegram.Api.Types;
using HistoryBot.Core.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HistoryBot.Telegram.Adapter;

/// <summary>
/// Starts a session with Telegram: who we are (getMe, retried until Telegram answers), the
/// command menus, and the delivery mode (deleteWebhook for polling, setWebhook for webhooks).
/// Reports the connection to <see cref="AdapterStatus"/>.
/// </summary>
internal sealed class TelegramConnector(
    ITelegramApi api,
    TelegramBotIdentity identity,
    TelegramCommandMenus menus,
    ITelegramStateStore store,
    AdapterStatus status,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramConnector> logger)
{
    public const string AdapterName = "telegram";

    /// <summary>The update kinds the bot handles; Telegram sends no others.</summary>
    public static readonly IReadOnlyList<string> AllowedUpdates = ["message", "callback_query", "my_chat_member"];

    /// <summary>Telegram keeps an update for 24 hours; a week of handled ids covers any redelivery.</summary>
    private static readonly TimeSpan HandledUpdateRetention = TimeSpan.FromDays(7);

    /// <summary>Connects; throws <see cref="TelegramApiException"/> only when the token is rejected.</summary>
    public async Task<User> ConnectAsync(CancellationToken cancellationToken = default)
    {
        status.Report(AdapterName, connected: false, "connecting");
        var me = await RetryAsync("getMe", api.GetMeAsync, cancellationToken);
        identity.Set(me);
        logger.LogInformation("Connected to Telegram as @{Username} ({BotId}) in {Mode} mode", me.Username, me.Id, options.Value.Mode);
        if (me.CanReadAllGroupMessages != true)
            logger.LogInformation("Privacy mode is on: in groups the bot sees only commands, mentions and replies, which is all it answers");

        var purged = await store.PurgeAsync(time.GetUtcNow() - HandledUpdateRetention, cancellationToken);
        if (purged > 0)
            logger.LogDebug("Forgot {Count} handled Telegram update ids", purged);
        await menus.RegisterAsync(cancellationToken);

        if (options.Value.Mode == TelegramMode.Webhook)
        {
            var request = new SetWebhookRequest(options.Value.WebhookUrl!, options.Value.WebhookSecret, AllowedUpdates);
            await RetryAsync("setWebhook", token => api.SetWebhookAsync(request, token), cancellationToken);
        }
        else
        {
            // getUpdates does not work while a webhook is set; pending updates are kept.
            await RetryAsync("deleteWebhook", token => api.DeleteWebhookAsync(new DeleteWebhookRequest(DropPendingUpdates: false), token), cancellationToken);
        }
        status.Report(AdapterName, connected: true, $"@{me.Username}, {options.Value.Mode.ToString().ToLowerInvariant()}");
        return me;
    }

    /// <summary>Keeps trying while Telegram is unreachable; a rejected token ends it.</summary>
    private async Task RetryAsync(string method, Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        await RetryAsync(method, async token =>
        {
            await call(token);
            return true;
        }, cancellationToken);

    private async Task<T> RetryAsync<T>(string method, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                return await call(cancellationToken);
            }
            catch (TelegramApiException ex) when (ex.IsInvalidToken)
            {
                status.Report(AdapterName, connected: false, "token rejected");
                logger.LogCritical("Telegram rejected the bot token ({ErrorCode}: {Description}); the Telegram adapter stops. Check Telegram:Token.", ex.ErrorCode, ex.Description);
                throw;
            }
            catch (TelegramApiException ex)
            {
                var delay = Backoff.Delay(failures, options.Value.RetryBaseDelay, options.Value.MaxRetryDelay);
                status.Report(AdapterName, connected: false, ex.Description);
                logger.LogWarning("Telegram {Method} failed ({ErrorCode}: {Description}); trying again in {Delay}", method, ex.ErrorCode, ex.Description, delay);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }
}
