namespace HistoryBot.Core.State;

/// <summary>
/// The cluster-wide lock around changes to the shared library and the builds that follow them:
/// one <c>/reindex</c>, <c>/addsource</c>, <c>/removesource</c> or <c>/restoresource</c> at a time
/// across every process sharing the state. PostgreSQL: a session advisory lock, released when
/// its holder ends or dies. SQLite: a file lock in the data directory (processes on one machine).
/// </summary>
public interface ILibraryLock
{
    /// <summary>Takes the lock without waiting; null while another process holds it. Dispose the handle to release it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken = default);
}
