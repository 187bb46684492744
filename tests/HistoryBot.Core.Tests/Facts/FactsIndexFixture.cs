using HistoryBot.Core;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Facts;
using HistoryBot.Core.Search;
using HistoryBot.Core.Text;
using HistoryBot.Testing;
using Microsoft.Extensions.Options;
using Xunit;

namespace HistoryBot.Core.Tests.Facts;

/// <summary>One real index of the committed sources, facts included, built once and shared read-only.</summary>
public sealed class FactsIndexFixture : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    public SearchIndex Index { get; private set; } = null!;

    public FactCatalog Catalog { get; private set; } = null!;

    public FactSet Facts { get; private set; } = null!;

    public static SearchIndex CreateIndex(string dataDirectory, string sourcesDirectory, IEnumerable<IIndexPart> parts)
    {
        var storage = Options.Create(new StorageOptions { DataDirectory = dataDirectory, SourcesDirectory = sourcesDirectory });
        var analyzer = new TextAnalyzer();
        return new SearchIndex(storage, analyzer, new CorpusLoader(new LanguageDetector()), new IndexBuilder(analyzer, parts, TimeProvider.System));
    }

    public async Task InitializeAsync()
    {
        var sources = TestCorpus.CopySources(_temp.Path);
        Index = CreateIndex(_temp.Combine("data"), sources, [new FactsIndexPart(new FactMiner())]);
        await Index.EnsureLoadedAsync();
        Catalog = new FactCatalog(Index, new FactMiner());
        Facts = await Catalog.CurrentAsync();
    }

    public Task DisposeAsync()
    {
        Index.Dispose();
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
