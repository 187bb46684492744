using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Lexicon;

namespace HistoryBot.Core.Tests.Text.Lexicon;

/// <summary>A question word the index and the lexicon do not know may be a misspelt lexicon word.</summary>
public sealed class MisspeltWordTests : IDisposable
{
    private static readonly TextAnalyzer Analyzer = new();
    private readonly Library _library = new();

    public void Dispose() => _library.Dispose();

    private static CrossLanguageLexicon Lexicon(params string[] rows) =>
        new(new StringReader(string.Join('\n', rows)), Analyzer);

    [Fact]
    public void A_misspelt_form_is_found_in_the_asker_s_language_only_and_gives_its_concept_s_translations()
    {
        // Arrange
        var lexicon = Lexicon("west,western\tvakarai,vakarų\toccident,occidentul\tkanluran", "refuse,refused\tatsisakė\trefuzat\ttumanggi");

        // Act
        var lithuanian = lexicon.Misspelt("vakarii", [Language.Lithuanian]);
        var english = lexicon.Misspelt("vakarii", [Language.English]);
        var translations = lexicon.Translate(lithuanian);

        // Assert
        var form = Assert.Single(lithuanian);
        Assert.Equal("vakarai", form.Form);
        Assert.Empty(english);
        Assert.Contains("west", translations[Language.English]);
        Assert.Contains("occident", translations[Language.Romanian]);
        Assert.DoesNotContain(translations.Values.SelectMany(stems => stems), stem => stem.StartsWith("refu", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_closest_forms_count_and_a_word_between_too_many_concepts_is_no_guess()
    {
        // Arrange
        var lexicon = Lexicon("pact\tpaktas\tpact\tkasunduan", "part\tdalis\tparte\tbahagi", "party\tpartija\tpartid\tpartido", "park\tparkas\tparc\tparke", "pare\tlupti\tcuratat\tbalat");

        // Act
        var closest = lexicon.Misspelt("partyy", [Language.English]);
        var ambiguous = lexicon.Misspelt("parx", [Language.English]);

        // Assert
        Assert.Equal("party", Assert.Single(closest).Form);
        Assert.Empty(ambiguous);
    }

    [Fact]
    public void Between_too_many_neighbours_a_doubled_letter_typed_once_points_to_its_word()
    {
        // Arrange: "aply" is one letter from "ally" and from "apply", which two concepts write.
        var lexicon = Lexicon("ally,allies\tsąjungininkas\taliat\tkakampi", "ask,apply\tprašyti\tcere\thiling",
            "application,apply,bid\tparaiška\tcandidatură\taplikasyon", "arm,army\tkariuomenė\tarmată\thukbo");

        // Act
        var aply = lexicon.Misspelt("aply", [Language.English], 1);
        var arly = lexicon.Misspelt("arly", [Language.English], 1);

        // Assert: both of "apply"'s concepts, not "ally"; "arly", between "ally" and "army" by other slips, stays no guess.
        Assert.Equal(["apply"], aply.Select(form => form.Form).Distinct());
        Assert.Equal(2, aply.Count);
        Assert.Empty(arly);
    }

    [Theory]
    [InlineData("wen did the USSR aply to jion NATO?")]
    [InlineData("kelan nag-aply ang ussr sa nato?")]
    public async Task The_issue_s_misspelt_question_finds_the_request_of_31_march(string question)
    {
        // Act: "aply" was no guess (it is one letter from "ally" too) and the question found Britain's entry into NATO.
        var answer = await _library.Queries.AskAsync(question);

        // Assert
        Assert.True(answer.IsFound);
        Assert.Contains("31", answer.Best!.Paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_Lithuanian_word_in_a_question_counts_as_the_lexicon_word_and_ask_json_shows_what_it_was_read_as()
    {
        // Arrange
        await _library.Index.EnsureLoadedAsync();
        using var lease = _library.Index.Acquire();

        // Act
        var query = _library.Searcher.Parse("Kodėl Vakarii nenorėjo SSRS NATO?", "lt", lease.Generation);

        // Assert
        var west = query.Terms.Single(term => term.Folded == "vakarii");
        Assert.Contains("vakarai", west.TypoStems);
        Assert.Contains("west", west.Translations[Language.English]);
        Assert.True(west.Known);
    }

    [Fact]
    public async Task A_real_English_word_with_synonyms_of_its_own_is_not_read_as_a_misspelt_lexicon_word()
    {
        // Arrange
        await _library.Index.EnsureLoadedAsync();
        using var lease = _library.Index.Acquire();

        // Act
        var query = _library.Searcher.Parse("Who replaced Khrushchev in 1964?", "en", lease.Generation);

        // Assert
        var replaced = query.Terms.Single(term => term.Folded == "replaced");
        Assert.Empty(replaced.Translations);
        Assert.False(replaced.Known);
    }

    [Fact]
    public async Task A_lexicon_word_is_read_as_itself_not_as_a_misspelt_neighbour()
    {
        // Arrange
        await _library.Index.EnsureLoadedAsync();
        using var lease = _library.Index.Acquire();

        // Act: Tagalog "pinadala" (sent) is one letter off "pinalala" (made worse); the lexicon writes both.
        var query = _library.Searcher.Parse("ilang dokumento ang pinadala ng USSR?", "tl", lease.Generation);

        // Assert
        var sent = query.Terms.Single(term => term.Folded == "pinadala");
        Assert.Contains("send", sent.EnglishForms);
        Assert.DoesNotContain("worsen", sent.EnglishForms);
    }

    [Theory]
    [InlineData("Why did Khrushchev wanz the USSR in NATO?", "en", "wanz", true)]
    [InlineData("Cine a câștigat Cupa Mondială din 1998?", "ro", "cupa", false)]
    public async Task A_four_letter_word_is_read_as_a_misspelt_lexicon_word_only_in_English_where_WordNet_tells_a_real_word(
        string question, string language, string word, bool misspelt)
    {
        // Arrange
        await _library.Index.EnsureLoadedAsync();
        using var lease = _library.Index.Acquire();

        // Act: "wanz" is no English word and one letter off "want" only; "cupa" is Romanian for "cup", one letter off "Cuba".
        var query = _library.Searcher.Parse(question, language, lease.Generation);

        // Assert
        var term = query.Terms.Single(term => term.Folded == word);
        Assert.Equal(misspelt, term.Known);
        Assert.Equal(misspelt, term.Translations.Count > 0);
    }
}
