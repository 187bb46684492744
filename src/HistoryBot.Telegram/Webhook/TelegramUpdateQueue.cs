using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using HistoryBot.Core.State;
using HistoryBot.Telegram.Adapter;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace HistoryBot.Telegram.Webhook;

/// <summary>
/// Webhook updates wait here between the quick 200 to Telegram and their handling. They are in
/// the state store already, so updates left over by a crash or a shutdown are handled on the next
/// start. Stopping lets the updates in flight finish.
/// </summary>
internal sealed class TelegramUpdateQueue(
    TelegramUpdateRunner runner,
    ITelegramStateStore store,
    IOptions<TelegramOptions> options,
    ILogger<TelegramUpdateQueue> logger) : BackgroundService
{
    // Unbounded: Telegram limits concurrent webhook requests (max_connections), and updates are small.
    private readonly Channel<Update> _updates = Channel.CreateUnbounded<Update>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
    private readonly CancellationTokenSource _handling = new();

    public bool TryEnqueue(Update update) => _updates.Writer.TryWrite(update);

    /// <summary>
    /// Queues the updates a crash or a shutdown left unfinished before the web host (started
    /// after this service) can accept new ones, so they keep their place in line.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var payload in await store.UnfinishedAsync(cancellationToken))
        {
            if (Parse(payload) is { } update)
                _updates.Writer.TryWrite(update);
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(options.Value.MaxConcurrentUpdates);
        try
        {
            await foreach (var update in _updates.Reader.ReadAllAsync(stoppingToken))
            {
                await slots.WaitAsync(stoppingToken);
                var task = HandleAsync(update, slots);
                _inFlight.TryAdd(task, 0);
                _ = task.ContinueWith(done => _inFlight.TryRemove(done, out _), TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        // Finish what was started; what is still queued stays unfinished in the store for the next start.
        await Task.WhenAll(_inFlight.Keys);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _updates.Writer.TryComplete();
        await using var registration = cancellationToken.Register(_handling.Cancel);
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _handling.Dispose();
        base.Dispose();
    }

    private async Task HandleAsync(Update update, SemaphoreSlim slots)
    {
        try
        {
            await runner.RunOnceAsync(update, _handling.Token);
        }
        catch (OperationCanceledException) when (_handling.IsCancellationRequested)
        {
            logger.LogWarning("Stopped before Telegram update {UpdateId} was handled; it will be handled after the restart", update.Id);
        }
        finally
        {
            slots.Release();
        }
    }

    private Update? Parse(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<Update>(payload, JsonBotAPI.Options);
        }
        catch (JsonException ex)
        {
            logger.LogWarning("A stored Telegram update could not be read ({Message}); skipped", ex.Message);
            return null;
        }
    }
}
