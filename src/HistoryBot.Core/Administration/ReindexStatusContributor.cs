using HistoryBot.Core.Chat;

namespace HistoryBot.Core.Administration;

/// <summary>/status: the reindex in progress, who started it and how far it has come.</summary>
public sealed class ReindexStatusContributor(ReindexCoordinator coordinator, TimeProvider time) : IStatusContributor
{
    public Task<IReadOnlyList<string>> LinesAsync(CancellationToken cancellationToken)
    {
        if (coordinator.Running is not { } run)
            return Task.FromResult<IReadOnlyList<string>>([]);
        var progress = run.Progress is { } step ? ReindexReplies.Progress(run, step, time) : "Reindexing… starting.";
        return Task.FromResult<IReadOnlyList<string>>(
            [$"Running: {run.Action}, started by {run.StartedBy.Describe()} at {ReindexCoordinator.Clock(run.StartedAt)}. {progress}"]);
    }
}
