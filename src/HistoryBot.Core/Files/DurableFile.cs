using System.Runtime.InteropServices;

namespace HistoryBot.Core.Files;

/// <summary>
/// Publishes files so that a crash or a power loss leaves the old content or the new one,
/// never an empty or half-written file: the bytes go to a temporary file beside the target,
/// are flushed to disk (fsync), the temporary file is renamed over the target, and the folder
/// is flushed so the rename itself survives. Use it for every rename that publishes something.
/// </summary>
public static partial class DurableFile
{
    /// <summary>Temporary files start with a dot and end with this, so loaders and listings skip them.</summary>
    public const string TemporaryExtension = ".tmp";

    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="path"/> atomically and durably. With
    /// <paramref name="overwrite"/> false an existing target is an <see cref="IOException"/> and stays as it was.
    /// A failed write leaves no temporary file behind.
    /// </summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes, bool overwrite = true)
    {
        var temporary = TemporaryPathFor(path);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite);
        }
        finally
        {
            DeleteQuietly(temporary);
        }
        FlushDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>
    /// Copies <paramref name="from"/> to <paramref name="to"/> (which must not exist) the same way:
    /// the target is never half there, also when the two are on different file systems.
    /// </summary>
    public static void Copy(string from, string to)
    {
        var temporary = TemporaryPathFor(to);
        try
        {
            using (var source = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.Read))
            using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                source.CopyTo(target);
                target.Flush(flushToDisk: true);
            }
            File.Move(temporary, to, overwrite: false);
        }
        finally
        {
            DeleteQuietly(temporary);
        }
        FlushDirectory(Path.GetDirectoryName(Path.GetFullPath(to))!);
    }

    /// <summary>Deletes a file and flushes its folder, so the deletion survives a power loss too.</summary>
    public static void Delete(string path)
    {
        File.Delete(path);
        FlushDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>A fresh temporary name beside <paramref name="path"/>: hidden, unique, ending in <see cref="TemporaryExtension"/>.</summary>
    public static string TemporaryPathFor(string path) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TemporaryExtension}");

    /// <summary>
    /// Makes the names in a folder durable (created, renamed, deleted files). POSIX only: Windows
    /// journals its file system metadata itself and has no way to fsync a folder.
    /// </summary>
    public static void FlushDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
            return;
        var handle = Open(directory, 0 /* O_RDONLY */);
        if (handle < 0)
            throw new IOException($"Could not open the folder {directory} to flush it (errno {Marshal.GetLastPInvokeError()}).");
        try
        {
            if (Fsync(handle) != 0)
                throw new IOException($"Could not flush the folder {directory} to disk (errno {Marshal.GetLastPInvokeError()}).");
        }
        finally
        {
            _ = Close(handle);
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The original failure matters more; leftovers are cleaned on the next start.
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
