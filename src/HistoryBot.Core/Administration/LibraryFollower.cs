using HistoryBot.Core.Search;
using HistoryBot.Core.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Administration;

/// <summary>
/// With PostgreSQL, replicas share the library (one sources folder on a shared volume) but each
/// builds its own index in its own data folder. Every <see cref="LibraryOptions.FollowInterval"/>
/// this compares the library generation in the database with the one the local index was built
/// from, and when it is behind rebuilds from the shared library; a failed build keeps the old
/// index serving and is tried again at the next look. With SQLite the processes share one data
/// folder and follow its CURRENT pointer instead, so this does nothing.
/// </summary>
public sealed class LibraryFollower(
    IStateDatabase database,
    ILibraryGenerationStore generations,
    FollowedLibrary followed,
    SearchIndex index,
    ReindexCoordinator coordinator,
    IOptions<LibraryOptions> options,
    TimeProvider time,
    ILogger<LibraryFollower> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Provider != StateProvider.Postgres)
            return;
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.FollowInterval, time, stoppingToken);
                failing = !await FollowOnceAsync(stoppingToken) && failing;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (IndexBuildException ex)
            {
                if (!failing)
                    logger.LogError("Building the newer library generation failed ({Reason}); the previous index keeps serving and the build is tried again", ex.Message);
                failing = true;
            }
            catch (Exception ex)
            {
                if (!failing)
                    logger.LogWarning(ex, "Looking for a newer library generation failed; trying again in {Interval}", options.Value.FollowInterval);
                failing = true;
            }
        }
    }

    /// <summary>Rebuilds when the database names a newer library generation; true when it did.</summary>
    internal async Task<bool> FollowOnceAsync(CancellationToken cancellationToken)
    {
        // An admin change on this replica builds and records its own generation.
        if (!index.IsLoaded || index.IsBuilding || coordinator.Running is not null)
            return false;
        var latest = await generations.CurrentAsync(cancellationToken);
        if (latest.Number <= followed.Number)
            return false;
        logger.LogInformation("Library generation {Generation} (by {ChangedBy}) is newer than {Followed}, which this replica serves; building it from the shared library",
            latest.Number, latest.ChangedBy, followed.Number);
        var started = time.GetTimestamp();
        var report = await index.RebuildAsync(null, cancellationToken);
        followed.Record(latest.Number);
        logger.LogInformation("Following library generation {Generation}: index generation {Index} serves, built in {Elapsed} ms, {Lag} ms after the change",
            latest.Number, report.Generation, (long)time.GetElapsedTime(started).TotalMilliseconds,
            latest.ChangedAt is { } at ? (long)(time.GetUtcNow() - at).TotalMilliseconds : 0);
        return true;
    }
}
