using System.Globalization;
using System.Text;
using HistoryBot.Core.Files;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Administration;

/// <summary>
/// The library generation this process's index was built from, kept in
/// <c>&lt;data&gt;/library-generation</c> so a restarted replica knows whether it is behind.
/// A data folder without the file counts as generation 0.
/// </summary>
public sealed class FollowedLibrary(IOptions<StorageOptions> storage)
{
    private const string FileName = "library-generation";
    private readonly Lock _gate = new();
    private long? _number;

    public long Number
    {
        get
        {
            lock (_gate)
                return _number ??= Read();
        }
    }

    /// <summary>Records that the index now serves <paramref name="number"/> (never moves back).</summary>
    public void Record(long number)
    {
        lock (_gate)
        {
            if (number <= (_number ??= Read()))
                return;
            Directory.CreateDirectory(storage.Value.DataDirectory);
            DurableFile.Write(PathOfFile, Encoding.UTF8.GetBytes(number.ToString(CultureInfo.InvariantCulture)));
            _number = number;
        }
    }

    private string PathOfFile => Path.Combine(storage.Value.DataDirectory, FileName);

    private long Read()
    {
        try
        {
            return long.TryParse(File.ReadAllText(PathOfFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return 0;
        }
    }
}
