using HistoryBot.Core.Chat;
using HistoryBot.Core.State;
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
/// network failure, backs off and is logged once per outage, not once per attempt. Before that,
/// processes sharing the state store agree on one poller per token through a lease: a second
/// poller refuses to start (<see cref="LeaseHeldException"/>) instead of fighting over updates.
/// </summary>
internal sealed class TelegramPollingService(
    ITelegramBotClient telegram,
    TelegramConnector connector,
    TelegramUpdateRunner runner,
    AdapterStatus status,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILeaseStore leases,
    ILogger<TelegramPollingService> logger) : BackgroundService, IExclusiveRole
{
    private const int BatchSize = 100;
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private bool _leased;

    // Handling is cancelled only when the host's shutdown timeout runs out, not when stopping starts.
    private readonly CancellationTokenSource _handling = new();

    private string LeaseName => $"telegram-poller:{TelegramToken.BotId(options.Value.Token)}";

    /// <summary>
    /// Takes the poller lease before polling starts. A lease another process holds is waited for
    /// up to one lease length (a poller restarted after a crash finds its own old lease), then
    /// the start fails with a message saying which process polls.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await ClaimAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    /// <inheritdoc cref="IExclusiveRole.ClaimAsync"/>
    public async Task ClaimAsync(CancellationToken cancellationToken = default)
    {
        var lease = options.Value.PollerLease;
        var started = time.GetTimestamp();
        var warned = false;
        while (!await leases.TryAcquireAsync(LeaseName, _owner, lease, cancellationToken))
        {
            var holder = await leases.HolderAsync(LeaseName, cancellationToken);
            if (time.GetElapsedTime(started) >= lease + TimeSpan.FromSeconds(1))
            {
                throw new LeaseHeldException(
                    $"Another process ({holder?.Owner ?? "unknown"}) already polls Telegram with this bot token, so this one does not start. " +
                    "Run one polling process per token, or run every replica with Telegram:Mode=Webhook behind a load balancer.");
            }
            if (!warned)
                logger.LogWarning("Another process ({Owner}) polls Telegram with this bot token; waiting up to {Lease} for its lease to run out", holder?.Owner, lease);
            warned = true;
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(200, lease.TotalMilliseconds / 10)), time, cancellationToken);
        }
        _leased = true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewing = RenewAsync(lost);
        try
        {
            await PollAsync(lost.Token);
        }
        finally
        {
            await lost.CancelAsync();
            await renewing;
        }
    }

    /// <summary>Renews the poller lease every third of its length; losing it stops polling.</summary>
    private async Task RenewAsync(CancellationTokenSource polling)
    {
        var lease = options.Value.PollerLease;
        while (!polling.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(lease / 3, time, polling.Token);
                if (!await leases.TryAcquireAsync(LeaseName, _owner, lease, polling.Token))
                {
                    logger.LogCritical("Another process took over the Telegram poller lease; this one stops polling");
                    status.Report(TelegramConnector.AdapterName, connected: false, "another process polls with this token");
                    _leased = false;
                    await polling.CancelAsync();
                    return;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database is away: keep polling; the lease is renewed once it is back.
                logger.LogWarning("Renewing the Telegram poller lease failed ({Message})", ex.Message);
            }
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
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
        await using (cancellationToken.Register(_handling.Cancel))
            await base.StopAsync(cancellationToken);
        if (!_leased)
            return;
        try
        {
            // Also when the stop is hurried: giving the lease back lets the next poller start at once.
            await leases.ReleaseAsync(LeaseName, _owner, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning("The Telegram poller lease was not given back ({Message}); it runs out by itself", ex.Message);
        }
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
