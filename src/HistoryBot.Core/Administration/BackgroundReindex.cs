using HistoryBot.Core.Search;

namespace HistoryBot.Core.Administration;

/// <summary>
/// One reindex in the background: who started it and when, how far it has come, and how it
/// ended. Replies only observe it; the build runs to its end whether or not anyone watches.
/// </summary>
public sealed class BackgroundReindex : IProgress<BuildProgress>
{
    private readonly TaskCompletionSource<ReindexResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _progressGate = new();
    private BuildProgress? _progress;

    internal BackgroundReindex(AdminActor startedBy, string action, DateTimeOffset startedAt, SourceChange? change)
    {
        StartedBy = startedBy;
        Action = action;
        StartedAt = startedAt;
        Change = change;
    }

    public AdminActor StartedBy { get; }

    /// <summary>What the run does, e.g. "reindex" or "addsource notes.md".</summary>
    public string Action { get; }

    public DateTimeOffset StartedAt { get; }

    /// <summary>The source change the reindex follows, if any.</summary>
    public SourceChange? Change { get; }

    /// <summary>The latest stage the build reported, or null before the first report.</summary>
    public BuildProgress? Progress
    {
        get
        {
            lock (_progressGate)
                return _progress;
        }
    }

    /// <summary>Completes once the new generation serves or the old one was kept; never faults.</summary>
    public Task<ReindexResult> Completion => _completion.Task;

    void IProgress<BuildProgress>.Report(BuildProgress value)
    {
        lock (_progressGate)
            _progress = value;
    }

    internal void Complete(ReindexResult outcome) => _completion.TrySetResult(outcome);
}
