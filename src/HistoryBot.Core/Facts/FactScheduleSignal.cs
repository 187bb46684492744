namespace HistoryBot.Core.Facts;

/// <summary>Wakes the scheduler when a subscription changes in this process, so a new time applies at once.</summary>
public sealed class FactScheduleSignal
{
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Notify"/>; take it before reading the subscriptions, so no change is missed.</summary>
    public Task Changed => Volatile.Read(ref _changed).Task;

    public void Notify() =>
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
