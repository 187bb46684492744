using System.Text;
using HistoryBot.Core.Files;
using HistoryBot.Testing;

namespace HistoryBot.Core.Tests.Files;

// What a power loss would show cannot be staged in a unit test; these pin down the rest of the
// contract: the target is replaced whole, never clobbered when asked not to, and no temporary
// file outlives a write, whether it worked or failed.
public sealed class DurableFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Writing_replaces_the_file_whole_and_leaves_no_temporary_file()
    {
        var path = _temp.Combine("sources.json");
        File.WriteAllText(path, "old content that is longer than the new one");

        DurableFile.Write(path, "new"u8);

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["sources.json"], Directory.GetFiles(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Writing_without_overwrite_keeps_an_existing_file_and_leaves_no_temporary_file()
    {
        var path = _temp.Combine("notes.txt");
        File.WriteAllText(path, "mine");

        Assert.ThrowsAny<IOException>(() => DurableFile.Write(path, "theirs"u8, overwrite: false));

        Assert.Equal("mine", File.ReadAllText(path));
        Assert.Equal(["notes.txt"], Directory.GetFiles(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_rename_that_fails_leaves_no_temporary_file()
    {
        var path = _temp.Combine("in-the-way");
        Directory.CreateDirectory(Path.Combine(path, "child"));

        Assert.ThrowsAny<IOException>(() => DurableFile.Write(path, "bytes"u8));

        Assert.Empty(Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public void Copying_makes_a_whole_copy_and_never_overwrites()
    {
        var from = _temp.Combine("a.txt");
        var to = _temp.Combine("b.txt");
        File.WriteAllBytes(from, Encoding.UTF8.GetBytes(new string('x', 100_000)));

        DurableFile.Copy(from, to);

        Assert.Equal(File.ReadAllBytes(from), File.ReadAllBytes(to));
        Assert.ThrowsAny<IOException>(() => DurableFile.Copy(from, to));
        Assert.Equal(["a.txt", "b.txt"], Directory.GetFiles(_temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Flushing_a_folder_that_is_not_there_fails_loudly()
    {
        Assert.ThrowsAny<IOException>(() => DurableFile.FlushDirectory(_temp.Combine("missing")));
    }
}
