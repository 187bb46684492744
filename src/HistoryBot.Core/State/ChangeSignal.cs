namespace HistoryBot.Core.State;

/// <summary>
/// Wakes a background loop when something it reads from the state store changed in this
/// process, so the change applies at once instead of at the loop's next poll (changes made by
/// other processes are still picked up by polling). One subclass per loop, so each is its own
/// service.
/// </summary>
public abstract class ChangeSignal
{
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Notify"/>; take it before reading the store, so no change is missed.</summary>
    public Task Changed => Volatile.Read(ref _changed).Task;

    public void Notify() =>
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
