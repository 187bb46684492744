using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.State;

/// <summary>
/// Runs every <see cref="IRetentionTask"/> at start and then every Retention:Interval while the
/// bot runs, so nothing grows forever however long a process lives. Replicas sharing a
/// database all run it; deleting what is old is harmless to repeat.
/// </summary>
public sealed class RetentionService(
    IEnumerable<IRetentionTask> tasks,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<RetentionService> logger) : BackgroundService
{
    /// <summary>The clock time of the last finished sweep (null before the first).</summary>
    public DateTimeOffset? LastSweep { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await SweepAsync(stoppingToken);
                await Task.Delay(options.Value.Interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public async Task SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        foreach (var task in tasks)
        {
            try
            {
                var removed = await task.PruneAsync(now, cancellationToken);
                if (removed > 0)
                    logger.LogInformation("Retention removed {Count} old items of {Kind}", removed, task.Name);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database that is briefly away only delays the retention to the next round.
                logger.LogWarning(ex, "Retention of {Kind} failed; tried again in {Interval}", task.Name, options.Value.Interval);
            }
        }
        LastSweep = now;
    }
}
