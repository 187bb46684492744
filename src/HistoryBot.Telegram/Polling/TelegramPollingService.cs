using HistoryBot.Core.Chat;
using HistoryBot.Telegram.Adapter;
using HistoryBot.Telegram.Api;
using HistoryBot.Telegram.Api.Requests;
using HistoryBot.Telegram.Api.Types;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HistoryBot.Telegram.Polling;

/// <summary>
/// Long polling: fetch a batch, handle it, and only then move the offset past it, so updates of a
/// crashed process are delivered again (and recognised by the store when they were handled).
/// Stopping ends the poll at once but lets the answers in flight finish, then confirms them.
/// </summary>
internal sealed class TelegramPollingService(
    ITelegramApi api,
    TelegramConnector connector,
    TelegramUpdateProcessor processor,
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
        catch (TelegramApiException)
        {
            return;
        }

        long? offset = null;
        var failures = 0;
        var timeout = (int)options.Value.PollingTimeout.TotalSeconds;
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<Update> updates;
            try
            {
                updates = await api.GetUpdatesAsync(new GetUpdatesRequest(offset, BatchSize, timeout, TelegramConnector.AllowedUpdates), stoppingToken);
                if (failures > 0)
                    logger.LogInformation("Receiving Telegram updates again after {Failures} failures", failures);
                failures = 0;
                status.Report(TelegramConnector.AdapterName, connected: true, $"@{me.Username}, polling");
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (TelegramApiException ex) when (ex.IsInvalidToken)
            {
                status.Report(TelegramConnector.AdapterName, connected: false, "token rejected");
                logger.LogCritical("Telegram rejected the bot token while polling ({ErrorCode}: {Description}); the Telegram adapter stops", ex.ErrorCode, ex.Description);
                return;
            }
            catch (TelegramApiException ex)
            {
                // 409: another process polls with this token, or a webhook was set; keep trying.
                failures++;
                var delay = Backoff.Delay(failures, options.Value.RetryBaseDelay, options.Value.MaxRetryDelay);
                status.Report(TelegramConnector.AdapterName, connected: false, ex.Description);
                logger.LogWarning("Fetching Telegram updates failed ({ErrorCode}: {Description}); trying again in {Delay}", ex.ErrorCode, ex.Description, delay);
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

            if (updates.Count == 0)
                continue;
            try
            {
                await processor.ProcessBatchAsync(updates, _handling.Token);
            }
            catch (OperationCanceledException) when (_handling.IsCancellationRequested)
            {
                // Shutdown ran out of time: the batch stays unconfirmed and is delivered again.
                logger.LogWarning("Stopped before Telegram updates {First}-{Last} were handled; they will be handled after the restart",
                    updates[0].UpdateId, updates[^1].UpdateId);
                return;
            }
            offset = updates.Max(update => update.UpdateId) + 1;
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
    private async Task ConfirmAsync(long? offset)
    {
        if (offset is null || _handling.IsCancellationRequested)
            return;
        try
        {
            await api.GetUpdatesAsync(new GetUpdatesRequest(offset, Limit: 1, Timeout: 0), _handling.Token);
        }
        catch (Exception ex) when (ex is TelegramApiException or OperationCanceledException)
        {
            // The store recognises the redelivered updates after a restart anyway.
            logger.LogDebug("Confirming the last Telegram updates failed: {Message}", ex.Message);
        }
    }
}
