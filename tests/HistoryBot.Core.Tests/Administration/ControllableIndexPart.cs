using HistoryBot.Core.Corpus;
using HistoryBot.Core.Search;

namespace HistoryBot.Core.Tests.Administration;

/// <summary>
/// An index part named "facts" that tests can hold mid-build, fail, or use to change the
/// sources folder while a build runs. It sits inside the real build, like the facts part will.
/// </summary>
internal sealed class ControllableIndexPart : IIndexPart
{
    private ManualResetEventSlim? _gate;
    private TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => "facts";

    public int Count { get; set; } = 7;

    /// <summary>When set, the build fails in this part with this reason.</summary>
    public string? FailWith { get; set; }

    /// <summary>Runs inside the build, e.g. to delete a source mid-build.</summary>
    public Action? DuringBuild { get; set; }

    /// <summary>Completes when a held build has reached this part.</summary>
    public Task Entered => _entered.Task;

    /// <summary>The next builds stop in this part until <see cref="Release"/>.</summary>
    public void Hold()
    {
        _entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _gate = new ManualResetEventSlim(false);
    }

    public void Release() => _gate?.Set();

    public int Build(string directory, LoadedCorpus corpus, CancellationToken cancellationToken)
    {
        _entered.TrySetResult();
        if (_gate is { } gate && !gate.Wait(TimeSpan.FromSeconds(30), cancellationToken))
            throw new TimeoutException("A test held the build for more than 30 s.");
        DuringBuild?.Invoke();
        if (FailWith is { } reason)
            throw new IndexBuildException(reason);
        return Count;
    }
}
