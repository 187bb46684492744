using HistoryBot.Core.Text;

namespace HistoryBot.Core.Tests.Search;

/// <summary>Chat mixes English into other languages ("Taglish"): an English word in a Tagalog question is read in English too.</summary>
public sealed class EnglishInsideTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private Library Library => fixture.Library;

    [Fact]
    public async Task An_english_word_no_tagalog_source_uses_is_read_in_english()
    {
        // Arrange
        await Library.Index.EnsureLoadedAsync();
        using var lease = Library.Index.Acquire();

        // Act
        var query = Library.Searcher.Parse("ano tingin ng US, UK at France sa USSR sa meeting na yun?", Language.Tagalog, lease.Generation);

        // Assert: "UK" is England through the English lexicon, "meeting" the English paragraphs' own word.
        Assert.Equal(Language.Tagalog, query.Language);
        var uk = query.Terms.Single(term => term.Folded == "uk");
        Assert.True(uk.Known);
        Assert.Contains(uk.Forms, form => form.Kind == Core.Search.MatchKind.Translation && form.Text == "england");
        Assert.True(query.Terms.Single(term => term.Folded == "meeting").Known);
        // The Tagalog words beside them are read in Tagalog ("tingin", view: the sources' "pag-uugali").
        Assert.Contains(query.Terms.Single(term => term.Folded == "tingin").Forms, form => form.Kind == Core.Search.MatchKind.Translation && form.Text == "uugali");
    }

    [Theory]
    [InlineData("saan naka-base ang HQ ng Warsaw Pact?", "Moscow")]
    [InlineData("defensive ba talaga ang NATO sabi ng US, UK at France sa Berlin?", "nagtatanggol")]
    public async Task A_taglish_question_is_answered(string question, string expected)
    {
        // Act
        var answer = await Library.Queries.AskAsync(question);

        // Assert
        Assert.True(answer.IsFound);
        Assert.Contains(expected, answer.Best!.Paragraph.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("anong dahilan ng pag-reject sa USSR?", "reject", "tumanggi")]
    [InlineData("kailan nag-submit ng request ang USSR?", "submit", "nagsumite")]
    public async Task A_word_after_a_tagalog_hyphen_prefix_is_read_in_english_though_english_sources_hold_it(string question, string word, string tagalog)
    {
        // Act: the English paragraphs hold "rejected" and "submitted", so the word was no unknown one, and only the English
        // sources matched it; after "pag-" or "nag-" it is English, and the lexicon writes it in Tagalog too.
        var answer = await Library.Queries.AskAsync(question);

        // Assert
        Assert.True(answer.IsFound);
        var match = Assert.Single(answer.Decision!.Words, candidate => candidate.Word == word);
        Assert.Equal(tagalog, match.Matched);
        Assert.Contains(tagalog, answer.Best!.Paragraph.Text, StringComparison.Ordinal);
    }
}
