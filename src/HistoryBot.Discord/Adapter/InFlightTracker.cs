using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Discord.Adapter;

/// <summary>
/// The answers being worked on. Each event runs on its own, so one failure never reaches the
/// gateway loop; shutdown stops taking events and waits for these to finish.
/// </summary>
internal sealed class InFlightTracker(ILogger<InFlightTracker> logger)
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationTokenSource _abort = new();
    private volatile bool _accepting = true;

    public int Count => _running.Count;

    /// <summary>Runs <paramref name="work"/> in the background; false once shutdown began.</summary>
    public bool TryStart(string what, Func<CancellationToken, Task> work)
    {
        if (!_accepting)
            return false;
        var task = RunAsync(what, work);
        _running.TryAdd(task, 0);
        // Removed by a continuation: the task may already have finished before it was added.
        _ = task.ContinueWith(finished => _running.TryRemove(finished, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return true;
    }

    /// <summary>Stops taking work and waits for what runs; when <paramref name="cancellationToken"/> fires, what is left is cancelled.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken = default)
    {
        _accepting = false;
        try
        {
            while (!_running.IsEmpty)
                await Task.WhenAll(_running.Keys).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Shutdown cut {Count} Discord answers short", _running.Count);
            await _abort.CancelAsync();
        }
    }

    private async Task RunAsync(string what, Func<CancellationToken, Task> work)
    {
        // Off the caller's stack: the gateway read loop must not wait for an answer.
        await Task.Yield();
        try
        {
            await work(_abort.Token);
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Answering {What} failed", what);
        }
    }
}
