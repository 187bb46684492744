using HistoryBot.Core.Text;

namespace HistoryBot.Core.Tests.Text;

public sealed class SpellingTests
{
    private static Spelling Installed()
    {
        var spelling = Spelling.Load(null, out var error);
        Assert.True(spelling.Available, $"libhunspell-1.7-0 and myspell-tl must be installed for these tests (.ci/run installs them): {error}");
        return spelling;
    }

    [Theory]
    [InlineData("pumalit", true)]
    [InlineData("pinadala", true)]
    [InlineData("tinanggihan", true)]
    [InlineData("tinangap", false)]
    [InlineData("pumalot", false)]
    public void The_tagalog_dictionary_tells_a_real_word_from_a_typo(string word, bool known)
    {
        using var spelling = Installed();

        Assert.Equal(known, spelling.Knows(word, Language.Tagalog));
    }

    [Fact]
    public void Another_language_or_a_missing_dictionary_is_unknown_not_an_error()
    {
        using var spelling = Installed();
        using var none = Spelling.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")), out var error);

        Assert.Null(spelling.Knows("refused", Language.English));
        Assert.Null(spelling.Knows("atsisakė", Language.Lithuanian));
        Assert.False(none.Available);
        Assert.Null(none.Knows("pumalit", Language.Tagalog));
        Assert.Contains("myspell-tl", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_real_tagalog_word_is_not_read_as_a_misspelt_lexicon_word()
    {
        // Arrange
        using var library = new Library();
        await library.Index.EnsureLoadedAsync();
        using var lease = library.Index.Acquire();

        // Act: "pumalit" (replaced) is one letter off the lexicon's "pumilit" (forced).
        var query = library.Searcher.Parse("sino ang pumalit kay Andropov?", "tl", lease.Generation);

        // Assert
        var replaced = query.Terms.Single(term => term.Folded == "pumalit");
        Assert.DoesNotContain("force", replaced.EnglishForms);
        Assert.Empty(replaced.Translations);
    }
}
