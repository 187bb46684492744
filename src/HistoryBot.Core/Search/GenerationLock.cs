namespace HistoryBot.Core.Search;

/// <summary>
/// A lock on a generation folder's lease file, across processes (an OS file lock, released
/// by the kernel even on kill -9). Builders and servers hold it shared; clean-up deletes a
/// folder only when it can take it exclusively, so no process deletes a generation that
/// another one is building or serving.
/// </summary>
internal sealed class GenerationLock : IDisposable
{
    public const string FileName = "lease";

    private readonly FileStream _stream;

    private GenerationLock(FileStream stream) => _stream = stream;

    /// <summary>A shared hold, or null when someone holds the folder exclusively (it is being removed) or it is gone.</summary>
    public static GenerationLock? Share(string directory)
    {
        try
        {
            // Opened for reading with sharing: a shared lock (flock LOCK_SH) on Unix.
            return new GenerationLock(new FileStream(Path.Combine(directory, FileName), FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>An exclusive hold, or null when anyone holds the folder.</summary>
    public static GenerationLock? TryExclusive(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
            return null;
        try
        {
            return new GenerationLock(new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
