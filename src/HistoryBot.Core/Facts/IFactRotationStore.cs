namespace HistoryBot.Core.Facts;

/// <summary>
/// Which rotation cycle each chat is in. The facts posted in a cycle come from the post log;
/// when every fact was posted, the chat moves to the next cycle, which has a new order.
/// </summary>
public interface IFactRotationStore
{
    /// <summary>The chat's current cycle (1 for a chat that never had a post).</summary>
    Task<int> CurrentCycleAsync(ChannelKey channel, CancellationToken cancellationToken = default);

    /// <summary>Moves from <paramref name="completedCycle"/> to the next one, once however many processes ask; returns the current cycle.</summary>
    Task<int> StartNextCycleAsync(ChannelKey channel, int completedCycle, CancellationToken cancellationToken = default);
}
