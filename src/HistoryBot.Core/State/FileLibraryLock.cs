namespace HistoryBot.Core.State;

/// <summary>
/// The library lock of the SQLite default: an OS file lock on <c>library.lock</c> in the data
/// directory, which every process sharing that directory (and so <c>state.db</c>) sees.
/// </summary>
public sealed class FileLibraryLock(string dataDirectory) : ILibraryLock
{
    public Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(dataDirectory);
        try
        {
            var stream = new FileStream(Path.Combine(dataDirectory, "library.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return Task.FromResult<IAsyncDisposable?>(stream);
        }
        catch (IOException)
        {
            return Task.FromResult<IAsyncDisposable?>(null);
        }
    }
}
