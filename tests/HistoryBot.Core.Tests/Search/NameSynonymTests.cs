using HistoryBot.Core.Search;
using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Synonyms;

namespace HistoryBot.Core.Tests.Search;

/// <summary>
/// A name written as a phrase in one place and one word in another ("Sovietų Sąjunga" / "SSRS"),
/// bridged in every language through the lexicon and English synonyms.
/// </summary>
public sealed class NameSynonymTests : IDisposable
{
    private static readonly Dictionary<string, Synonym[]> Known = new(StringComparer.Ordinal)
    {
        ["soviet union"] = [new Synonym("ussr", 0.8)],
        ["ussr"] = [new Synonym("soviet union", 0.8), new Synonym("russia", 0.8)],
        ["soviet"] = [new Synonym("ussr", 0.6) { Pertains = true }, new Synonym("russia", 0.6)],
    };

    private readonly Library _library = new(synonymSources: [new FixedEnglishSynonyms(Known)]);

    public void Dispose() => _library.Dispose();

    [Fact]
    public async Task A_Lithuanian_phrase_for_a_name_gets_the_abbreviation_as_a_synonym_in_every_language_the_index_holds_it_in()
    {
        // Arrange
        await _library.Index.EnsureLoadedAsync();
        using var lease = _library.Index.Acquire();

        // Act
        var query = _library.Searcher.Parse("Kada Sovietų Sąjunga pateikė prašymą?", "lt", lease.Generation);

        // Assert
        var soviet = query.Terms.Single(term => term.Surface == "Sovietų");
        var bridged = soviet.Synonyms.Where(synonym => synonym.Source == Searcher.NameSynonymSource).ToList();
        Assert.Contains(bridged, synonym => synonym.Language == Language.Lithuanian && synonym.Stems.SequenceEqual(["ssrs"]));
        Assert.Contains(bridged, synonym => synonym.Language == Language.Romanian && synonym.Stems.SequenceEqual(["urss"]));
        Assert.Contains(bridged, synonym => synonym.Language == Language.English && synonym.Stems.SequenceEqual(["ussr"]));
        Assert.All(bridged, synonym => Assert.Equal(0.8 * MatchLevel.Translation, synonym.Level, 6));
    }

    [Fact]
    public async Task A_Romanian_abbreviation_gets_the_name_written_out_as_a_phrase_and_an_English_paragraph_that_writes_it_out_matches_it()
    {
        // Arrange
        await _library.Index.EnsureLoadedAsync();
        using var lease = _library.Index.Acquire();

        // Act
        var query = _library.Searcher.Parse("De ce nu a fost primită URSS în NATO?", "ro", lease.Generation);
        var hits = _library.Searcher.Search(lease.Generation, query, Searcher.EngineHits);

        // Assert
        var termIndex = query.Terms.ToList().FindIndex(term => term.Folded == "urss");
        var phrase = Assert.Single(query.Terms[termIndex].Synonyms, synonym => synonym.Language == Language.English && synonym.IsPhrase);
        Assert.Equal(["soviet", "union"], phrase.Stems);
        Assert.Equal(Searcher.NameSynonymSource, phrase.Source);
        var writtenOut = Assert.Single(hits, hit => hit.Paragraph.Paragraph.Language == Language.English
            && hit.Paragraph.Paragraph.Text.Contains("refused to admit the Soviet Union", StringComparison.Ordinal));
        Assert.Equal(MatchKind.Synonym, writtenOut.Match!.Words[termIndex].Kind);
    }

    [Fact]
    public async Task A_one_word_English_synonym_of_a_one_word_name_is_not_carried_into_other_languages()
    {
        // Arrange
        await _library.Index.EnsureLoadedAsync();
        using var lease = _library.Index.Acquire();

        // Act: the source says "ussr" ~ "russia" (word for word) and "ussr" ~ "soviet union".
        var query = _library.Searcher.Parse("Kada SSRS pateikė prašymą?", "lt", lease.Generation);

        // Assert
        var ssrs = query.Terms.Single(term => term.Folded == "ssrs");
        Assert.DoesNotContain(ssrs.Synonyms, synonym => synonym.Stems.Any(stem => stem.StartsWith("rus", StringComparison.Ordinal)));
        Assert.Contains(ssrs.Synonyms, synonym => synonym.Language == Language.Lithuanian && synonym.IsPhrase);
    }

    [Fact]
    public async Task A_Tagalog_abbreviation_matches_a_Tagalog_paragraph_that_writes_the_name_out_noun_first_in_its_own_spelling()
    {
        // Arrange: the Tagalog source writes "Unyong Sobyet" (noun first, "sobyet" beside the lexicon's more frequent "soviet").
        await _library.Index.EnsureLoadedAsync();
        using var lease = _library.Index.Acquire();

        // Act
        var query = _library.Searcher.Parse("Sino ang tumanggi sa USSR?", "tl", lease.Generation);
        var hits = _library.Searcher.Search(lease.Generation, query, Searcher.EngineHits);

        // Assert
        var termIndex = query.Terms.ToList().FindIndex(term => term.Folded == "ussr");
        var refusal = Assert.Single(hits, hit => hit.Paragraph.Paragraph.Language == Language.Tagalog
            && hit.Paragraph.Paragraph.Text.Contains("aminin ang Unyong Sobyet", StringComparison.Ordinal));
        Assert.Equal(MatchKind.Synonym, refusal.Match!.Words[termIndex].Kind);
        Assert.Equal("Sobyet", refusal.Match.Paragraph.Tokens[refusal.Match.Words[termIndex].Token].Token.Surface);
    }

    [Fact]
    public async Task An_English_phrase_for_a_name_gets_the_abbreviation_in_the_other_languages()
    {
        // Arrange
        await _library.Index.EnsureLoadedAsync();
        using var lease = _library.Index.Acquire();

        // Act
        var query = _library.Searcher.Parse("When did the Soviet Union ask to join NATO?", "en", lease.Generation);

        // Assert
        var soviet = query.Terms.Single(term => term.Folded == "soviet");
        var bridged = soviet.Synonyms.Where(synonym => synonym.Source == Searcher.NameSynonymSource).ToList();
        Assert.Contains(bridged, synonym => synonym.Language == Language.Romanian && synonym.Stems.SequenceEqual(["urss"]));
        Assert.Contains(bridged, synonym => synonym.Language == Language.Lithuanian && synonym.Stems.SequenceEqual(["ssrs"]));
    }

    [Theory]
    [InlineData("When did the Soviet Union ask to join NATO?", "en", "Union", "The long-term rivalry", "USSR")]
    [InlineData("Kada Sovietų Sąjunga paprašė tapti NATO nare?", "lt", "Sąjunga", "Ilgalaikė konkurencija", "SSRS")]
    public async Task Both_words_of_a_name_phrase_match_the_one_word_a_paragraph_writes_it_as(string question, string language, string second, string paragraphStart, string written)
    {
        // Arrange
        await _library.Index.EnsureLoadedAsync();
        using var lease = _library.Index.Acquire();

        // Act
        var query = _library.Searcher.Parse(question, language, lease.Generation);
        var hits = _library.Searcher.Search(lease.Generation, query, Searcher.EngineHits);

        // Assert: the phrase's second word carries the phrase's synonym, so it is not missing where the name is written as one word.
        var termIndex = query.Terms.ToList().FindIndex(term => term.Surface == second);
        var request = Assert.Single(hits, hit => hit.Paragraph.Paragraph.Text.StartsWith(paragraphStart, StringComparison.Ordinal));
        var match = request.Match!.Words[termIndex];
        Assert.Equal(MatchKind.Synonym, match.Kind);
        Assert.Equal(written, request.Match.Paragraph.Tokens[match.Token].Token.Surface);
    }

    [Fact]
    public async Task A_people_or_adjective_gets_the_name_it_pertains_to_word_for_word_in_every_language()
    {
        // Arrange
        await _library.Index.EnsureLoadedAsync();
        using var lease = _library.Index.Acquire();

        // Act: the source says "soviet" pertains to "ussr", and (word for word, no pertainym) "soviet" ~ "russia".
        var query = _library.Searcher.Parse("Kada sovietai pateikė prašymą?", "lt", lease.Generation);

        // Assert
        var soviets = query.Terms.Single(term => term.Folded == "sovietai");
        var bridged = soviets.Synonyms.Where(synonym => synonym.Source == Searcher.NameSynonymSource).ToList();
        Assert.Contains(bridged, synonym => synonym.Language == Language.Lithuanian && synonym.Stems.SequenceEqual(["ssrs"]));
        Assert.Contains(bridged, synonym => synonym.Language == Language.Romanian && synonym.Stems.SequenceEqual(["urss"]));
        Assert.DoesNotContain(soviets.Synonyms, synonym => synonym.Stems.Any(stem => stem.StartsWith("rus", StringComparison.Ordinal)));
    }
}
