using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Lexicon;

namespace HistoryBot.Core.Tests.Text.Lexicon;

/// <summary>
/// The shipped lexicon (lexicon.tsv) reads the words people ask with as the sources' own words, in
/// all four languages, and keeps apart the words whose joining was measured to answer the wrong
/// passage or a question the sources do not answer; and it knows, in all four languages, the
/// events people ask about that the sources do not tell (ousted, dissolved, invaded ...).
/// </summary>
public sealed class ShippedLexiconTests
{
    private static readonly TextAnalyzer Analyzer = new();
    private static readonly CrossLanguageLexicon Shipped = CrossLanguageLexicon.LoadDefault(Analyzer);

    private static string Stem(string word, string language) => Analyzer.Stem(TextFolding.Fold(word), language);

    private static HashSet<string> Translations(string word, string from, string to) =>
        Shipped.Translate([(from, Stem(word, from))]).GetValueOrDefault(to) ?? [];

    [Theory]
    [InlineData("application", Language.English, "prašymą", Language.Lithuanian)]
    [InlineData("apply", Language.Tagalog, "kahilingan", Language.Tagalog)]
    [InlineData("bid", Language.English, "kahilingan", Language.Tagalog)]
    [InlineData("paraišką", Language.Lithuanian, "request", Language.English)]
    [InlineData("entering", Language.English, "įstoti", Language.Lithuanian)]
    [InlineData("pumasok", Language.Tagalog, "join", Language.English)]
    [InlineData("nesutiko", Language.Lithuanian, "refused", Language.English)]
    [InlineData("atmetė", Language.Lithuanian, "atsisakė", Language.Lithuanian)]
    [InlineData("pareikalavo", Language.Lithuanian, "demands", Language.English)]
    [InlineData("tvirtino", Language.Lithuanian, "patikino", Language.Lithuanian)]
    [InlineData("išvadino", Language.Lithuanian, "called", Language.English)]
    [InlineData("blamed", Language.English, "charges", Language.English)]
    [InlineData("keen", Language.English, "desire", Language.English)]
    [InlineData("nickname", Language.English, "called", Language.English)]
    [InlineData("supărat", Language.Romanian, "upset", Language.English)]
    [InlineData("appeared", Language.English, "apărut", Language.Romanian)]
    [InlineData("standoff", Language.English, "confruntarea", Language.Romanian)]
    [InlineData("prašymą", Language.Lithuanian, "pasiūlymo", Language.Lithuanian)]
    [InlineData("bid", Language.English, "proposal", Language.English)]
    [InlineData("pactul", Language.Romanian, "Tratatului", Language.Romanian)]
    [InlineData("paktas", Language.Lithuanian, "treaty", Language.English)]
    [InlineData("britain", Language.English, "England", Language.English)]
    [InlineData("anglija", Language.Lithuanian, "Britain", Language.Tagalog)]
    [InlineData("brits", Language.English, "anglai", Language.Lithuanian)]
    [InlineData("factories", Language.English, "întreprinderi", Language.Romanian)]
    [InlineData("deal", Language.English, "acordul", Language.Romanian)]
    [InlineData("retaliated", Language.English, "răspuns", Language.Romanian)]
    [InlineData("nepatiko", Language.Lithuanian, "neigiamai", Language.Lithuanian)]
    [InlineData("treaties", Language.English, "acorduri", Language.Romanian)]
    [InlineData("tingin", Language.Tagalog, "uugali", Language.Tagalog)]
    [InlineData("upset", Language.English, "negative", Language.English)]
    [InlineData("humindi", Language.Tagalog, "tumanggi", Language.Tagalog)]
    [InlineData("humindi", Language.Tagalog, "refused", Language.English)]
    [InlineData("kinabahan", Language.Tagalog, "nervousness", Language.English)]
    [InlineData("nervinosi", Language.Lithuanian, "nervousness", Language.English)]
    [InlineData("jumpy", Language.English, "nervousness", Language.English)]
    [InlineData("pericol", Language.Romanian, "threat", Language.English)]
    [InlineData("danger", Language.English, "grėsmę", Language.Lithuanian)]
    public void An_everyday_question_word_translates_to_the_sources_word(string word, string from, string sourceWord, string to)
    {
        // Act
        var translations = Translations(word, from, to);

        // Assert
        Assert.Contains(Stem(sourceWord, to), translations);
    }

    [Theory]
    [InlineData("înlăturat", Language.Romanian, "ousted", Language.English)]
    [InlineData("nušalintas", Language.Lithuanian, "pinatalsik", Language.Tagalog)]
    [InlineData("desființat", Language.Romanian, "dissolved", Language.English)]
    [InlineData("suiro", Language.Lithuanian, "binuwag", Language.Tagalog)]
    [InlineData("invadară", Language.Romanian, "invaded", Language.English)]
    [InlineData("įsteigimas", Language.Lithuanian, "founded", Language.English)]
    [InlineData("primirea", Language.Romanian, "admit", Language.English)]
    public void An_event_word_the_sources_do_not_use_translates_across_languages(string word, string from, string translation, string to)
    {
        // Act
        var translations = Translations(word, from, to);

        // Assert
        Assert.Contains(Stem(translation, to), translations);
    }

    [Theory]
    [InlineData("refuse", Language.English, "respins", Language.Romanian)]
    [InlineData("founded", Language.English, "stabilirea", Language.Romanian)]
    [InlineData("laban", Language.Tagalog, "opposed", Language.English)]
    [InlineData("dismissed", Language.English, "demisia", Language.Romanian)]
    [InlineData("sinakop", Language.Tagalog, "territory", Language.English)]
    public void Words_kept_apart_stay_apart(string word, string from, string other, string to)
    {
        // Act
        var translations = Translations(word, from, to);

        // Assert
        Assert.DoesNotContain(Stem(other, to), translations);
    }

    [Theory]
    [InlineData("pransya", Language.Tagalog, Language.English, "french")]
    [InlineData("france", Language.English, Language.Romanian, "francez")]
    [InlineData("italian", Language.English, Language.Lithuanian, "italija")]
    [InlineData("europa", Language.Lithuanian, Language.English, "european")]
    public void A_place_reaches_its_people_and_a_people_its_place(string word, string from, string to, string kin)
    {
        // Act
        var forms = Shipped.PlaceAndKinForms(word, [from], to);

        // Assert
        Assert.Contains(kin, forms);
    }

    [Fact]
    public void A_word_that_is_no_place_has_no_place_forms()
    {
        Assert.Empty(Shipped.PlaceAndKinForms("peace", [Language.English], Language.Romanian));
    }

    [Theory]
    [InlineData("japan", Language.English, true)]
    [InlineData("china", Language.English, true)]
    [InlineData("maskvoje", Language.Lithuanian, true)]
    [InlineData("sovietici", Language.Romanian, true)]
    [InlineData("west", Language.English, false)]
    [InlineData("peace", Language.English, false)]
    [InlineData("stalin", Language.English, false)]
    public void Places_and_peoples_are_names_however_they_are_typed(string word, string language, bool place)
    {
        // Act: the lexicon's continents, countries and cities sections; people are WordNet's names.
        var isPlace = Shipped.IsPlaceName(word, [language]);

        // Assert
        Assert.Equal(place, isPlace);
    }

    [Theory]
    [InlineData("bumagsak", Language.Tagalog, true)]
    [InlineData("subyrėjo", Language.Lithuanian, true)]
    [InlineData("nagpabagsak", Language.Tagalog, false)]
    [InlineData("bumagsak", Language.Romanian, false)]
    public void The_lexicon_knows_the_forms_it_writes_not_every_word_of_their_stem(string word, string language, bool written)
    {
        // Act: "nagpabagsak" (shot down) stems as "bumagsak" (fell) in Tagalog.
        var hasForm = Shipped.HasForm(TextFolding.Fold(word), [language]);

        // Assert
        Assert.Equal(written, hasForm);
    }

    [Fact]
    public void A_word_the_lexicon_writes_is_read_as_its_own_concepts_not_those_of_its_stem()
    {
        // Act: Lithuanian "paleistas" (dissolved) stems as "paleisti" (launch), another concept.
        var written = Shipped.WrittenEnglishForms("paleistas", [Language.Lithuanian]);
        var byStem = Shipped.EnglishForms([(Language.Lithuanian, Stem("paleistas", Language.Lithuanian))]);

        // Assert
        Assert.Contains("dissolved", written);
        Assert.DoesNotContain("launch", written);
        Assert.Contains("launch", byStem);
        Assert.Empty(Shipped.WrittenEnglishForms("paleistasx", [Language.Lithuanian]));
    }
}
