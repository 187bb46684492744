namespace HistoryBot.Core.Gaps;

/// <summary>Wakes the <see cref="GapDigestScheduler"/> when a chat turns its weekly digest on here.</summary>
public sealed class GapDigestSignal
{
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Changed => Volatile.Read(ref _changed).Task;

    public void Notify() =>
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
