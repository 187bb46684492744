using HistoryBot.Core.Corpus;
using HistoryBot.Core.Text;

namespace HistoryBot.Core.Tests.Search;

/// <summary>
/// An index of 6,000 paragraphs recombined from the committed sources' sentences (fixed seed),
/// built once: large enough that question words stand in thousands of paragraphs, so the
/// engine's common-terms handling is exercised as on a real library.
/// </summary>
public sealed class LargeLibraryFixture : IAsyncLifetime
{
    public const int Paragraphs = 6_000;

    public Library Library { get; } = new();

    public async Task InitializeAsync()
    {
        var sources = Library.Loader.Load(Library.SourcesDirectory, CancellationToken.None);
        await Library.Index.RebuildFromAsync(Recombine(sources, Paragraphs));
    }

    public Task DisposeAsync()
    {
        Library.Dispose();
        return Task.CompletedTask;
    }

    private static LoadedCorpus Recombine(LoadedCorpus sources, int count)
    {
        var sentences = sources.Paragraphs
            .GroupBy(paragraph => paragraph.Language)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => (Language: group.Key, Sentences: group
                .SelectMany(paragraph => SentenceSplitter.Split(paragraph.Text).Select(range => paragraph.Text.Substring(range.Start, range.Length)))
                .ToArray()))
            .ToArray();
        var random = new Random(1954);
        var infos = new List<SourceInfo>();
        var paragraphs = new List<Paragraph>(count);
        for (var i = 0; i < count; i++)
        {
            var (language, pool) = sentences[i % sentences.Length];
            if (i < sentences.Length)
                infos.Add(new SourceInfo(new SourceId($"large-{language}"), $"Large {language}", language, $"large-{language}.txt", count / sentences.Length, null, false));
            var text = string.Join(' ', Enumerable.Range(0, random.Next(3, 9)).Select(_ => pool[random.Next(pool.Length)]));
            paragraphs.Add(new Paragraph(new SourceId($"large-{language}"), $"Large {language}", null, i / sentences.Length + 1, language, text));
        }
        return new LoadedCorpus(infos, paragraphs, []);
    }
}
