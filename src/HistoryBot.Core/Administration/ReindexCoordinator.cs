using System.Globalization;
using HistoryBot.Core.Search;
using HistoryBot.Core.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HistoryBot.Core.Administration;

/// <summary>
/// Runs one admin reindex at a time, optionally after a change to the sources folder, and
/// remembers who started the running one. The build runs on its own, bound to the bot's
/// lifetime and not to any request: a reply's progress stream only watches it. A build that
/// fails leaves the previous generation serving and undoes the source change it followed.
/// Across processes, the library lock (<see cref="ILibraryLock"/>) lets one change or build run
/// at a time, and a successful one raises the library generation that other replicas follow.
/// </summary>
public sealed class ReindexCoordinator : IDisposable
{
    private static readonly TimeSpan ShutdownWait = TimeSpan.FromSeconds(10);

    private readonly SearchIndex _index;
    private readonly SourceManager _sources;
    private readonly AdminAudit _audit;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ILibraryLock? _libraryLock;
    private readonly ILibraryGenerationStore? _generations;
    private readonly FollowedLibrary? _followed;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _shutdown = new();
    private BackgroundReindex? _running;
    private Task? _job;

    public ReindexCoordinator(SearchIndex index, SourceManager sources, AdminAudit audit, TimeProvider time, ILogger<ReindexCoordinator>? logger = null,
        ILibraryLock? libraryLock = null, ILibraryGenerationStore? generations = null, FollowedLibrary? followed = null)
    {
        _libraryLock = libraryLock;
        _generations = generations;
        _followed = followed;
        _index = index;
        _sources = sources;
        _audit = audit;
        _time = time;
        _logger = logger ?? NullLogger<ReindexCoordinator>.Instance;
    }

    /// <summary>The run in progress, or null.</summary>
    public BackgroundReindex? Running
    {
        get
        {
            lock (_gate)
                return _running;
        }
    }

    /// <summary>
    /// Starts a reindex unless one is running. With <paramref name="prepare"/>, the source change
    /// it returns is checked against the library and applied first, under the same lock, so no
    /// two changes or a change and a build ever overlap. Answers at once; waits for nothing.
    /// </summary>
    public async Task<ReindexRequestAnswer> TryStartAsync(AdminActor actor, string action, Func<SourceChange>? prepare = null, CancellationToken cancellationToken = default)
    {
        ReindexRequestAnswer start;
        IAsyncDisposable? held = null;
        if (_libraryLock is not null && Running is null)
        {
            try
            {
                held = await _libraryLock.TryAcquireAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogError(ex, "Taking the library lock for {Action} failed", action);
                start = new ReindexRequestAnswer(ReindexRequestVerdict.Busy, null, "the library lock could not be taken (the state database is not reachable)");
                await _audit.RecordAsync(actor, action, "busy: " + start.Reason, cancellationToken);
                return start;
            }
        }
        if (_libraryLock is not null && held is null && Running is null)
        {
            start = new ReindexRequestAnswer(ReindexRequestVerdict.Busy, null, "another process is changing the library or reindexing it");
        }
        else
        {
            lock (_gate)
            {
                start = StartLocked(actor, action, prepare, held);
            }
        }
        if (start.Status != ReindexRequestVerdict.Started && held is not null)
            await held.DisposeAsync();

        switch (start.Status)
        {
            case ReindexRequestVerdict.Started:
                _logger.LogInformation("{User} on {Platform} started {Action}", actor.UserName, actor.Platform, start.Run!.Action);
                break;
            case ReindexRequestVerdict.Busy:
                await _audit.RecordAsync(actor, action, "busy: " + start.Reason, cancellationToken);
                break;
            default:
                await _audit.RecordAsync(actor, action, "rejected: " + start.Reason, cancellationToken);
                break;
        }
        return start;
    }

    /// <summary>Stops a running build (the change it followed is undone) and waits briefly for it.</summary>
    public void Dispose()
    {
        Task? job;
        lock (_gate)
            job = _job;
        _shutdown.Cancel();
        try
        {
            job?.Wait(ShutdownWait);
        }
        catch (AggregateException ex)
        {
            _logger.LogWarning(ex, "The reindex did not stop cleanly");
        }
        // _shutdown is not disposed: a build that outlived the wait may still read its token.
    }

    private ReindexRequestAnswer StartLocked(AdminActor actor, string action, Func<SourceChange>? prepare, IAsyncDisposable? held)
    {
        if (_running is { } running)
            return new ReindexRequestAnswer(ReindexRequestVerdict.Busy, running, $"a reindex started by {running.StartedBy.Describe()} at {Clock(running.StartedAt)} is running");
        // The first build at start-up or the `index` command of this process: not ours to report on.
        if (_index.IsBuilding)
            return new ReindexRequestAnswer(ReindexRequestVerdict.Busy, null, "an index build that was not started from chat (the first build after start-up) is running");
        if (_shutdown.IsCancellationRequested)
            return new ReindexRequestAnswer(ReindexRequestVerdict.Busy, null, "the bot is shutting down");

        SourceChange? change = null;
        if (prepare is not null)
        {
            try
            {
                _sources.CleanLeftovers();
                change = prepare();
                change.Apply();
            }
            catch (SourceRejectedException ex)
            {
                return new ReindexRequestAnswer(ReindexRequestVerdict.Rejected, null, ex.Message);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _logger.LogError(ex, "Writing the source change {Action} failed", change?.Action ?? action);
                return new ReindexRequestAnswer(ReindexRequestVerdict.Rejected, null, $"the sources folder could not be read or written ({ex.Message})");
            }
        }

        var run = new BackgroundReindex(actor, change?.Action ?? action, _time.GetUtcNow(), change);
        _running = run;
        _job = Task.Run(() => RunAsync(run, held));
        return new ReindexRequestAnswer(ReindexRequestVerdict.Started, run);
    }

    private async Task RunAsync(BackgroundReindex run, IAsyncDisposable? held)
    {
        var started = _time.GetTimestamp();
        var before = ServingGeneration();
        ReindexResult outcome;
        try
        {
            var report = await _index.RebuildAsync(run, _shutdown.Token);
            try
            {
                run.Change?.Commit();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _logger.LogWarning(ex, "Finishing {Action} left a file behind", run.Action);
            }
            await AdvanceLibraryAsync(run);
            outcome = new ReindexResult(report, null, report.Generation, _time.GetElapsedTime(started));
        }
        catch (Exception ex)
        {
            var reason = ex switch
            {
                IndexBuildException => ex.Message,
                OperationCanceledException => "the bot is shutting down",
                _ => $"an unexpected error ({ex.GetType().Name}: {ex.Message})",
            };
            _logger.LogError(ex, "Reindex for {Action} started by {User} failed", run.Action, run.StartedBy.UserName);
            outcome = Undo(run, before, reason, _time.GetElapsedTime(started));
        }

        try
        {
            await _audit.RecordAsync(run.StartedBy, run.Action, AuditResult(outcome), CancellationToken.None);
        }
        finally
        {
            await ReleaseAsync(held);
            lock (_gate)
            {
                _running = null;
                _job = null;
            }
            run.Complete(outcome);
        }
    }

    /// <summary>
    /// Raises the library generation so the other replicas build the new library, and records it
    /// as followed here. A database error costs only the following: this replica serves the change.
    /// </summary>
    private async Task AdvanceLibraryAsync(BackgroundReindex run)
    {
        if (_generations is null)
            return;
        try
        {
            var generation = await _generations.AdvanceAsync($"{run.StartedBy.Describe()}: {run.Action}", CancellationToken.None);
            _followed?.Record(generation.Number);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Raising the library generation after {Action} failed; other replicas follow at the next change", run.Action);
        }
    }

    private async Task ReleaseAsync(IAsyncDisposable? held)
    {
        if (held is null)
            return;
        try
        {
            await held.DisposeAsync();
        }
        catch (Exception ex)
        {
            // PostgreSQL releases the lock with the connection; a file lock with the handle.
            _logger.LogWarning(ex, "Giving back the library lock failed");
        }
    }

    private ReindexResult Undo(BackgroundReindex run, long? before, string reason, TimeSpan elapsed)
    {
        var serving = ServingGeneration();
        if (run.Change is null)
            return new ReindexResult(null, reason, serving, elapsed);
        // A new generation went live before the failure: it already reflects the change, so keep both.
        if (serving != before)
            return new ReindexResult(null, reason, serving, elapsed, RevertFailure: "a new index went live with the change before the error, so the change stays");
        try
        {
            run.Change.Revert();
            return new ReindexResult(null, reason, serving, elapsed, ChangeReverted: true);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Undoing {Action} after a failed reindex failed", run.Action);
            return new ReindexResult(null, reason, serving, elapsed, RevertFailure: ex.Message);
        }
    }

    private long? ServingGeneration()
    {
        if (!_index.IsLoaded)
            return null;
        try
        {
            using var lease = _index.Acquire();
            return lease.Generation.Number;
        }
        catch (IndexNotReadyException)
        {
            return null;
        }
    }

    private static string AuditResult(ReindexResult outcome)
    {
        if (outcome.Report is { } report)
            return string.Create(CultureInfo.InvariantCulture, $"ok: generation {report.Generation}, {report.Sources.Count} sources, {report.ParagraphCount} paragraphs, {report.Skipped.Count} skipped");
        var undo = outcome.ChangeReverted ? "; change undone" : outcome.RevertFailure is { } failure ? $"; change not undone: {failure}" : "";
        return $"failed: {outcome.Failure}{undo}";
    }

    internal static string Clock(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
