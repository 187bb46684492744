using HistoryBot.Core.Chat;
using HistoryBot.Core.State;
using HistoryBot.Telegram.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HistoryBot.Telegram.Adapter;

/// <summary>
/// Starts a session with Telegram: who we are (GetMe, retried until Telegram answers), the
/// command menus, and the delivery mode (DeleteWebhook for polling, SetWebhook for webhooks).
/// Reports the connection to <see cref="AdapterStatus"/>.
/// </summary>
internal sealed class TelegramConnector(
    ITelegramBotClient telegram,
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
    public static readonly IReadOnlyList<UpdateType> AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    /// <summary>Telegram keeps an update for 24 hours; a week of handled ids covers any redelivery.</summary>
    private static readonly TimeSpan HandledUpdateRetention = TimeSpan.FromDays(7);

    /// <summary>Connects; throws <see cref="RequestException"/> only when the token is rejected.</summary>
    public async Task<User> ConnectAsync(CancellationToken cancellationToken = default)
    {
        status.Report(AdapterName, connected: false, "connecting");
        var me = await RetryAsync("Asking Telegram who the bot is", token => telegram.GetMe(token), cancellationToken);
        identity.Set(me);
        logger.LogInformation("Connected to Telegram as @{Username} ({BotId}) in {Mode} mode", me.Username, me.Id, options.Value.Mode);
        if (!me.CanReadAllGroupMessages)
            logger.LogInformation("Privacy mode is on: in groups the bot sees only commands, mentions and replies, which is all it answers");

        var purged = await store.PurgeAsync(time.GetUtcNow() - HandledUpdateRetention, cancellationToken);
        if (purged > 0)
            logger.LogDebug("Forgot {Count} handled Telegram update ids", purged);
        await menus.RegisterAsync(cancellationToken);

        if (options.Value.Mode == TelegramMode.Webhook)
        {
            await RetryAsync("Setting the Telegram webhook", token => telegram.SetWebhook(
                options.Value.WebhookUrl!, allowedUpdates: AllowedUpdates, secretToken: options.Value.WebhookSecret, cancellationToken: token), cancellationToken);
        }
        else
        {
            // GetUpdates does not work while a webhook is set; pending updates are kept.
            await RetryAsync("Removing the Telegram webhook", token => telegram.DeleteWebhook(dropPendingUpdates: false, token), cancellationToken);
        }
        status.Report(AdapterName, connected: true, $"@{me.Username}, {options.Value.Mode.ToString().ToLowerInvariant()}");
        return me;
    }

    /// <summary>Keeps trying while Telegram is unreachable, with one warning, not one per attempt; a rejected token ends it.</summary>
    private async Task RetryAsync(string step, Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        await RetryAsync(step, async token =>
        {
            await call(token);
            return true;
        }, cancellationToken);

    private async Task<T> RetryAsync<T>(string step, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                var result = await call(cancellationToken);
                if (failures > 1)
                    logger.LogInformation("{Step} worked after {Failures} failures", step, failures - 1);
                return result;
            }
            catch (RequestException ex) when (ex.IsInvalidToken)
            {
                status.Report(AdapterName, connected: false, "token rejected");
                logger.LogCritical("Telegram rejected the bot token ({ErrorCode}: {Description}); the Telegram adapter stops. Check Telegram:Token.", ex.Code, ex.Message);
                throw;
            }
            catch (RequestException ex)
            {
                var delay = Backoff.Delay(failures, options.Value.RetryBaseDelay, options.Value.MaxRetryDelay);
                status.Report(AdapterName, connected: false, ex.Message);
                logger.Log(failures == 1 ? LogLevel.Warning : LogLevel.Debug,
                    "{Step} failed ({ErrorCode}: {Description}); trying again with back-off (at most {MaxDelay} apart), next in {Delay}",
                    step, ex.Code, ex.Message, options.Value.MaxRetryDelay, delay);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }
}
