using HistoryBot.Core.Search;
using HistoryBot.Core.Text.Synonyms;

namespace HistoryBot.Core.Tests.Search;

/// <summary>How a question word's synonyms become index stems, question after question.</summary>
public sealed class SynonymParsingTests : IDisposable
{
    private readonly ChangingSource _source = new();
    private readonly Library _library;

    public SynonymParsingTests() => _library = new Library(synonymSources: [_source]);

    public void Dispose() => _library.Dispose();

    [Fact]
    public async Task A_synonym_source_that_changes_between_questions_gives_the_next_question_its_new_synonyms_as_stems()
    {
        // Arrange
        await _library.Index.EnsureLoadedAsync();
        using var lease = _library.Index.Acquire();
        _source.Current = [new Synonym("signing agreements", 0.8, "test")];
        var first = _library.Searcher.Parse("Who signed the Warsaw Pact?", "en", lease.Generation);

        // Act
        _source.Current = [new Synonym("treaties", 0.7, "test")];
        var second = _library.Searcher.Parse("Who signed the Warsaw Pact?", "en", lease.Generation);
        var again = _library.Searcher.Parse("Who signed the Warsaw Pact?", "en", lease.Generation);

        // Assert
        var signedFirst = Assert.Single(first.Terms[0].Synonyms);
        Assert.Equal(["sign", "agreement"], signedFirst.Stems);
        var signedSecond = Assert.Single(second.Terms[0].Synonyms);
        Assert.Equal(["treati"], signedSecond.Stems);
        Assert.Equal(0.7, signedSecond.Level);
        Assert.Equal(signedSecond.Stems, Assert.Single(again.Terms[0].Synonyms).Stems);
    }

    private sealed class ChangingSource : ISynonymSource
    {
        public IReadOnlyList<Synonym> Current { get; set; } = [];

        public string Name => "test";

        public IReadOnlyList<Synonym> For(string phrase, string language) =>
            phrase == "signed" && language == Core.Text.Language.English ? Current : [];
    }
}
