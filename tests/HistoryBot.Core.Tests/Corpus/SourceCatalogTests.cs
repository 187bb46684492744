using System.Text;
using HistoryBot.Core.Corpus;
using HistoryBot.Testing;

namespace HistoryBot.Core.Tests.Corpus;

public sealed class SourceCatalogTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Rewriting_the_committed_sources_json_gives_back_the_same_bytes()
    {
        var committed = File.ReadAllBytes(Path.Combine(RepoPaths.Sources, SourceCatalog.FileName));

        SourceCatalog.Write(_temp.Path, SourceCatalog.Read(RepoPaths.Sources));

        Assert.Equal(Encoding.UTF8.GetString(committed), File.ReadAllText(_temp.Combine(SourceCatalog.FileName)));
    }

    [Fact]
    public void Titles_in_every_language_are_written_as_readable_utf8_without_escapes()
    {
        var catalog = new SourceCatalogFile
        {
            Sources =
            [
                new SourceEntry { Id = "lt", File = "lt.txt", Title = "Kodėl SSRS nebuvo priimta į NATO „šaltajame kare“", Language = "lt" },
                new SourceEntry { Id = "ro", File = "ro.txt", Title = "Politica externă a lui Hrușciov & „dezghețul” <1956>", Language = "ro" },
            ],
        };

        SourceCatalog.Write(_temp.Path, catalog);

        var bytes = File.ReadAllBytes(_temp.Combine(SourceCatalog.FileName));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("\\u", text);
        Assert.Contains("\"title\": \"Kodėl SSRS nebuvo priimta į NATO „šaltajame kare“\"", text);
        Assert.Contains("\"title\": \"Politica externă a lui Hrușciov & „dezghețul” <1956>\"", text);
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark");
        Assert.DoesNotContain("\r", text);
        Assert.EndsWith("}\n", text);
        Assert.Equal(catalog.Sources, SourceCatalog.Read(_temp.Path).Sources);
    }
}
