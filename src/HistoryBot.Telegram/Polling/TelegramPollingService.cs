using HistoryBot.Core.Chat;
using HistoryBot.Telegram.Adapter;
using HistoryBot.Telegram.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace HistoryBot.Telegram.Polling;

/// <summary>
/// Long polling: fetch a batch, handle it, and only then move the offset past it, so updates of a
/// crashed process are delivered again (and recognised by the store when they were handled).
/// Stopping ends the poll at once but lets the answers in flight finish, then confirms them.
/// Telegram allows one poller per token and answers any other with 409 Conflict; that, like a
/// network failure, backs off and is logged once per outage, not once per attempt.
/// </summary>
internal sealed class TelegramPollingService(
    ITelegramBotClient telegram,
    TelegramConnector connector,
    TelegramUpdateRunner runner,
    AdapterStatus status,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    private const int BatchSize = 100;

    // Handling is cancelled only when the host's shutdown timeout runs out, not when stopping starts.
    private readonly CancellationTokenSource _handling = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        User me;
        try
        {
            me = await connector.ConnectAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (RequestException)
        {
            return;
        }

        int? offset = null;
        var failures = 0;
        var timeout = (int)options.Value.PollingTimeout.TotalSeconds;
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await telegram.GetUpdates(offset, BatchSize, timeout, TelegramConnector.AllowedUpdates, stoppingToken);
                if (failures > 0)
                    logger.LogInformation("Receiving Telegram updates again after {Failures} failures", failures);
                failures = 0;
                status.Report(TelegramConnector.AdapterName, connected: true, $"@{me.Username}, polling");
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (RequestException ex) when (ex.IsInvalidToken)
            {
                status.Report(TelegramConnector.AdapterName, connected: false, "token rejected");
                logger.LogCritical("Telegram rejected the bot token while polling ({ErrorCode}: {Description}); the Telegram adapter stops", ex.Code, ex.Message);
                return;
            }
            catch (RequestException ex)
            {
                // 409: another process polls with this token, or a webhook was set; keep trying.
                failures++;
                var delay = Backoff.Delay(failures, options.Value.RetryBaseDelay, options.Value.MaxRetryDelay);
                status.Report(TelegramConnector.AdapterName, connected: false, ex.Code == 409 ? "another process polls with this token" : ex.Message);
                if (failures == 1)
                {
                    logger.LogWarning(ex.Code == 409
                        ? "Fetching Telegram updates failed ({ErrorCode}: {Description}): another process polls with this token, or a webhook is set; trying again with back-off (at most {MaxDelay} apart) until it stops"
                        : "Fetching Telegram updates failed ({ErrorCode}: {Description}); trying again with back-off (at most {MaxDelay} apart)",
                        ex.Code, ex.Message, options.Value.MaxRetryDelay);
                }
                else
                {
                    logger.LogDebug("Fetching Telegram updates failed again ({ErrorCode}: {Description}); next attempt in {Delay}", ex.Code, ex.Message, delay);
                }
                try
                {
                    await Task.Delay(delay, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                continue;
            }

            if (updates.Length == 0)
                continue;
            try
            {
                await runner.RunBatchAsync(updates, _handling.Token);
            }
            catch (OperationCanceledException) when (_handling.IsCancellationRequested)
            {
                // Shutdown ran out of time: the batch stays unconfirmed and is delivered again.
                logger.LogWarning("Stopped before Telegram updates {First}-{Last} were handled; they will be handled after the restart",
                    updates[0].Id, updates[^1].Id);
                return;
            }
            offset = updates.Max(update => update.Id) + 1;
        }

        await ConfirmAsync(offset);
        status.Report(TelegramConnector.AdapterName, connected: false, "stopped");
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await using var registration = cancellationToken.Register(_handling.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _handling.Dispose();
        base.Dispose();
    }

    /// <summary>A last short call with the new offset tells Telegram the handled batch is done.</summary>
    private async Task ConfirmAsync(int? offset)
    {
        if (offset is null || _handling.IsCancellationRequested)
            return;
        try
        {
            await telegram.GetUpdates(offset, limit: 1, timeout: 0, cancellationToken: _handling.Token);
        }
        catch (Exception ex) when (ex is RequestException or OperationCanceledException)
        {
            // The store recognises the redelivered updates after a restart anyway.
            logger.LogDebug("Confirming the last Telegram updates failed: {Message}", ex.Message);
        }
    }
}
