using HistoryBot.Core.Corpus;
using HistoryBot.Core.Facts;
using HistoryBot.Core.Search;
using HistoryBot.Core.Text;
using HistoryBot.Testing;
using Xunit;

namespace HistoryBot.Core.Tests.Facts;

public sealed class FactCatalogTests
{
    [Fact(Timeout = 30_000)]
    public async Task Facts_are_built_into_the_index_and_rebuilt_with_every_reindex()
    {
        // Arrange
        using var temp = new TempDirectory();
        var sources = TestCorpus.CopySources(temp.Path);
        using var index = FactsIndexFixture.CreateIndex(temp.Combine("data"), sources, [new FactsIndexPart(new FactMiner())]);
        var catalog = new FactCatalog(index, new FactMiner());
        var mined = new FactMiner().Mine(new CorpusLoader(new LanguageDetector()).Load(sources).Paragraphs);

        // Act
        var report = await index.EnsureLoadedAsync();
        var before = await catalog.CurrentAsync();
        File.Delete(Path.Combine(sources, "ussr-left-without-nato.en.txt"));
        await index.RebuildAsync();
        var after = await catalog.CurrentAsync();

        // Assert
        Assert.Equal(mined.Count, report!.Parts["facts"]);
        Assert.Equal(mined.Select(fact => fact.Id), before.All.Select(fact => fact.Id));
        Assert.Equal(mined, before.All);
        Assert.Contains(before.All, fact => fact.Citation.SourceId.Value == "ussr-left-without-nato.en");
        Assert.True(after.Generation > before.Generation);
        Assert.DoesNotContain(after.All, fact => fact.Citation.SourceId.Value == "ussr-left-without-nato.en");
        Assert.Equal(before.All.Where(fact => fact.Citation.SourceId.Value != "ussr-left-without-nato.en"), after.All);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_failed_reindex_leaves_the_serving_facts_in_place()
    {
        // Arrange
        using var temp = new TempDirectory();
        var sources = TestCorpus.CopySources(temp.Path);
        using var index = FactsIndexFixture.CreateIndex(temp.Combine("data"), sources, [new FactsIndexPart(new FactMiner())]);
        var catalog = new FactCatalog(index, new FactMiner());
        await index.EnsureLoadedAsync();
        var before = await catalog.CurrentAsync();
        foreach (var file in Directory.EnumerateFiles(sources))
            File.Delete(file);

        // Act
        await Assert.ThrowsAsync<IndexBuildException>(() => index.RebuildAsync());
        var after = await catalog.CurrentAsync();

        // Assert
        Assert.Same(before, after);
        Assert.NotEmpty(after.All);
    }

    [Fact(Timeout = 30_000)]
    public async Task An_index_built_before_facts_existed_still_serves_the_same_facts()
    {
        // Arrange
        using var temp = new TempDirectory();
        var sources = TestCorpus.CopySources(temp.Path);
        using var index = FactsIndexFixture.CreateIndex(temp.Combine("data"), sources, []);
        var catalog = new FactCatalog(index, new FactMiner());
        var mined = new FactMiner().Mine(new CorpusLoader(new LanguageDetector()).Load(sources).Paragraphs);

        // Act
        var facts = await catalog.CurrentAsync();

        // Assert
        Assert.Equal(mined, facts.All);
    }
}
