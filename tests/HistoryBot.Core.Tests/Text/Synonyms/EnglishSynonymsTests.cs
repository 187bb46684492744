using HistoryBot.Core.Text.Synonyms;
using HistoryBot.Testing;
using Microsoft.Extensions.Logging;
using Moq;

namespace HistoryBot.Core.Tests.Text.Synonyms;

public sealed class EnglishSynonymsTests
{
    private static EnglishSynonyms Installed()
    {
        var synonyms = EnglishSynonyms.Open(EnglishSynonyms.DefaultDirectory);
        Assert.True(synonyms.Available, "wordnet-base must be installed for these tests (.ci/run installs it)");
        return synonyms;
    }

    [Fact]
    public void Rejected_and_turned_down_lead_to_refuse_through_their_lemmas()
    {
        using var synonyms = Installed();

        var rejected = synonyms.For("rejected").Select(s => s.Text).ToList();
        var turnedDown = synonyms.For("turned down").Select(s => s.Text).ToList();

        Assert.Contains("refuse", rejected);
        Assert.Contains("turn down", rejected);
        Assert.Contains("refuse", turnedDown);
        Assert.Contains("reject", turnedDown);
    }

    [Theory]
    [InlineData("began", "begin", true)]
    [InlineData("applications", "application", true)]
    [InlineData("position", "position", true)]
    [InlineData("positive", "position", false)]
    [InlineData("several", "sever", false)]
    [InlineData("routinely", "routine", false)]
    [InlineData("chrusciovas", "khrushchev", true)]
    public void A_written_word_is_a_form_of_a_synonym_only_as_WordNet_inflects_it(string written, string lemma, bool expected)
    {
        using var synonyms = Installed();

        Assert.Equal(expected, synonyms.IsFormOf(written, lemma));
    }

    [Fact]
    public void A_one_word_synonym_checks_the_written_word_and_a_phrase_does_not()
    {
        using var synonyms = Installed();

        var place = synonyms.For("place");
        var rejected = synonyms.For("rejected");

        // "position" stems to "posit", as "positive" does: the check tells them apart.
        var position = Assert.Single(place, s => s.Text == "position");
        Assert.NotNull(position.IsWrittenForm);
        Assert.True(position.IsWrittenForm!("positions"));
        Assert.False(position.IsWrittenForm("positive"));
        Assert.Null(Assert.Single(rejected, s => s.Text == "turn down").IsWrittenForm);
    }

    [Fact]
    public void A_word_real_text_uses_as_another_part_of_speech_is_no_synonym()
    {
        using var synonyms = Installed();

        var collapse = synonyms.For("collapse").Select(s => s.Text).ToList();

        // "founder" shares a verb sense with "collapse" but is read as a noun ("a founder of NATO").
        Assert.DoesNotContain("founder", collapse);
        Assert.Contains("fall in", collapse);
    }

    [Fact]
    public void A_sense_the_tagged_corpus_never_saw_gives_no_synonyms_when_the_word_has_seen_senses()
    {
        using var synonyms = Installed();

        var excuse = synonyms.For("excuse").Select(s => s.Text).ToList();

        // "excuse" was seen in one noun sense (a defence: "exculpation"); its third, "a note explaining an absence", was never seen.
        Assert.Contains("exculpation", excuse);
        Assert.DoesNotContain("note", excuse);
    }

    [Fact]
    public void A_word_read_as_a_verb_gets_no_synonyms_from_its_never_seen_noun_senses()
    {
        using var synonyms = Installed();

        var say = synonyms.For("say").Select(s => s.Text).ToList();

        // The noun "say" ("a chance to speak") was never seen in the tagged corpus; the verb was.
        Assert.DoesNotContain("chance", say);
        Assert.Contains("state", say);
    }

    [Theory]
    [InlineData("invade", true)]
    [InlineData("died", true)]
    [InlineData("turned", true)]
    [InlineData("troops", false)]
    [InlineData("people", false)]
    [InlineData("request", false)]
    [InlineData("khrushchev", false)]
    public void A_word_read_mainly_as_a_verb_has_verb_senses(string word, bool verb)
    {
        using var synonyms = Installed();

        Assert.Equal(verb, synonyms.VerbSenses(word) > 0);
    }

    [Theory]
    [InlineData("officially", true)]
    [InlineData("finally", true)]
    [InlineData("italy", false)]
    [InlineData("assembly", false)]
    [InlineData("early", false)]
    [InlineData("treaty", false)]
    public void A_word_wordnet_knows_only_as_an_adverb_is_an_adverb(string word, bool adverb)
    {
        using var synonyms = Installed();

        Assert.Equal(adverb, synonyms.IsOnlyAdverb(word));
    }

    [Theory]
    [InlineData("pilot", true)]
    [InlineData("pilots", true)]
    [InlineData("ambassador", true)]
    [InlineData("date", false)]
    [InlineData("republic", false)]
    [InlineData("nato", false)]
    public void A_person_noun_is_a_kind_of_person_in_its_first_noun_sense(string word, bool person)
    {
        using var synonyms = Installed();

        Assert.Equal(person, synonyms.IsPersonNoun(word));
    }

    [Theory]
    [InlineData("behind", true)]
    [InlineData("old", true)]
    [InlineData("famous", true)]
    [InlineData("football", false)]
    [InlineData("invade", false)]
    [InlineData("treaty", false)]
    public void A_word_seen_mostly_as_an_adjective_or_an_adverb_is_a_modifier(string word, bool modifier)
    {
        using var synonyms = Installed();

        Assert.Equal(modifier, synonyms.IsMainlyModifier(word));
    }

    [Theory]
    [InlineData("soviet", true)]
    [InlineData("french", true)]
    [InlineData("nato", false)]
    [InlineData("egypt", false)]
    public void A_word_wordnet_knows_as_an_adjective_is_an_adjective(string word, bool adjective)
    {
        using var synonyms = Installed();

        Assert.Equal(adjective, synonyms.IsAdjective(word));
    }

    [Fact]
    public void A_light_verb_has_many_more_senses_than_an_event_verb()
    {
        using var synonyms = Installed();

        Assert.True(synonyms.VerbSenses("get") >= 20);
        Assert.True(synonyms.VerbSenses("signed") is > 0 and < 20);
    }

    [Theory]
    [InlineData("created", true)]
    [InlineData("founded", true)]
    [InlineData("formed", true)]
    [InlineData("set up", true)]
    [InlineData("come into being", true)]
    [InlineData("originated", true)]
    [InlineData("break", false)]
    [InlineData("arise", true)]
    [InlineData("started", true)]
    [InlineData("dissolved", false)]
    [InlineData("died", false)]
    [InlineData("end", false)]
    [InlineData("break up", false)]
    [InlineData("signed", false)]
    [InlineData("joined", false)]
    [InlineData("invade", false)]
    [InlineData("khrushchev", false)]
    public void A_verb_of_coming_into_being_is_a_beginning(string verb, bool beginning)
    {
        using var synonyms = Installed();

        Assert.Equal(beginning, synonyms.IsBeginning(verb));
    }

    [Theory]
    [InlineData("brezhnev", true)]
    [InlineData("Dulles", true)]
    [InlineData("khrushchev", true)]
    [InlineData("got", false)]
    [InlineData("west", false)]
    [InlineData("china", false)]
    [InlineData("aply", false)]
    [InlineData("sat", false)]
    public void A_word_wordnet_knows_only_as_a_name_is_told_from_a_common_word_or_an_unknown_one(string word, bool onlyName)
    {
        // "Sat" (Saturday) is a name only, but "sat" is also "sit".
        using var synonyms = Installed();

        Assert.Equal(onlyName, synonyms.IsOnlyName(word));
    }

    [Fact]
    public void Soviet_union_and_ussr_are_one_sense()
    {
        using var synonyms = Installed();

        Assert.Contains("ussr", synonyms.For("Soviet Union").Select(s => s.Text));
        Assert.Contains("soviet union", synonyms.For("USSR").Select(s => s.Text));
    }

    [Fact]
    public void An_adjective_and_the_people_named_by_its_plural_lead_to_the_country_it_pertains_to_for_less_than_a_synonym()
    {
        using var synonyms = Installed();

        var soviet = synonyms.For("Soviet");
        var soviets = synonyms.For("Soviets");
        var korean = synonyms.For("Korean").Select(s => s.Text);

        var ussr = Assert.Single(soviet, s => s.Text == "ussr");
        Assert.InRange(ussr.Weight, 0.3, 0.7);
        Assert.Contains(soviet, s => s.Text == "soviet union");
        Assert.Contains(soviets, s => s.Text == "ussr");
        Assert.Contains("korea", korean);
    }

    [Fact]
    public void A_hypernym_counts_less_than_a_synonym_of_the_same_sense()
    {
        using var synonyms = Installed();

        var application = synonyms.For("application");

        var request = Assert.Single(application, s => s.Text == "request");
        Assert.True(request.Weight < 0.8, $"request via hypernym weighs {request.Weight}");
        Assert.All(application, s => Assert.InRange(s.Weight, 0.01, 0.8));
    }

    [Fact]
    public void Inflections_go_to_their_lemma_and_the_word_itself_is_no_synonym()
    {
        using var synonyms = Installed();

        Assert.Contains("nation", synonyms.For("countries").Select(s => s.Text));
        Assert.DoesNotContain(synonyms.For("countries"), s => s.Text is "country" or "countries");
        Assert.Empty(synonyms.For("xqzwv"));
    }

    [Fact]
    public void Only_the_most_frequent_senses_give_synonyms()
    {
        using var synonyms = Installed();

        // The verb "refuse": senses 1–2 are "decline"/"reject", sense 4 is "deny".
        var refuse = synonyms.For("refuse").Select(s => s.Text).ToList();

        Assert.Contains("decline", refuse);
        Assert.DoesNotContain("deny", refuse);
    }

    [Fact]
    public void Without_a_wordnet_database_synonyms_are_off_with_one_warning()
    {
        using var temp = new TempDirectory();
        var logger = new Mock<ILogger>();
        logger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);

        using var synonyms = EnglishSynonyms.Open(temp.Path, logger.Object);

        Assert.False(synonyms.Available);
        Assert.Empty(synonyms.For("rejected"));
        logger.Verify(l => l.Log(LogLevel.Warning, It.IsAny<EventId>(),
            It.Is<It.IsAnyType>((state, _) => state.ToString()!.Contains("wordnet-base")), null,
            It.IsAny<Func<It.IsAnyType, Exception?, string>>()), Times.Once);
    }

    [Fact]
    public void A_data_line_gives_words_without_markers_and_its_hypernyms()
    {
        const string line = "01234567 00 s 02 galore(ip) 0 plenty_of 0 002 @ 00012345 n 0000 + 00054321 v 0101 | in great numbers  ";

        var synset = WordNetDatabase.ParseSynset(WordNetPartOfSpeech.Adjective, 1234567, line);

        Assert.NotNull(synset);
        Assert.Equal(["galore", "plenty of"], synset.Words);
        Assert.Equal([(WordNetPartOfSpeech.Noun, 12345L)], synset.Hypernyms);
        Assert.Empty(synset.Pertainyms);
        Assert.Equal("in great numbers", synset.Gloss);
        Assert.Null(WordNetDatabase.ParseSynset(WordNetPartOfSpeech.Noun, 999, line));
    }

    [Fact]
    public void An_adjective_line_gives_the_noun_it_pertains_to()
    {
        const string line = @"02959407 01 a 01 Soviet 0 001 \ 09003284 n 0101 | of or relating to the former Soviet Union  ";

        var synset = WordNetDatabase.ParseSynset(WordNetPartOfSpeech.Adjective, 2959407, line);

        Assert.NotNull(synset);
        Assert.Equal([(WordNetPartOfSpeech.Noun, 9003284L)], synset.Pertainyms);
        Assert.Empty(synset.Hypernyms);
    }

    [Fact]
    public void An_instance_gives_no_hypernym_its_class_is_no_other_name_for_it()
    {
        // WordNet's Yugoslavia: an instance ("@i") of "European country".
        const string line = "08780881 15 n 01 Yugoslavia 0 002 @i 08698379 n 0000 #p 09275473 n 0000 | a country of southeastern Europe  ";

        var synset = WordNetDatabase.ParseSynset(WordNetPartOfSpeech.Noun, 8780881, line);

        Assert.NotNull(synset);
        Assert.Empty(synset.Hypernyms);
    }

    [Fact]
    public void A_place_named_by_a_phrase_is_known_as_one_phrase()
    {
        using var synonyms = Installed();

        Assert.True(synonyms.KnowsPhrase("southeast asia", "en"));
        Assert.True(synonyms.KnowsPhrase("soviet union", "en"));
        Assert.False(synonyms.KnowsPhrase("soviet asia", "en"));
        Assert.False(synonyms.KnowsPhrase("soviet union", "lt"));
        Assert.DoesNotContain(synonyms.For("yugoslavia", "en"), synonym => synonym.Text.Contains("european", StringComparison.Ordinal));
    }

    [Fact]
    public void A_synonym_WordNet_writes_with_a_capital_may_match_names_and_a_common_word_may_not()
    {
        using var synonyms = Installed();

        Assert.Contains(synonyms.For("ussr", "en"), synonym => synonym.Text == "soviet union" && !synonym.CommonWord);
        Assert.Contains(synonyms.For("conditions", "en"), synonym => synonym.Text == "state" && synonym.CommonWord);
    }

    [Fact]
    public void The_name_an_adjective_pertains_to_is_marked_as_such_and_a_plain_synonym_is_not()
    {
        using var synonyms = Installed();

        Assert.Contains(synonyms.For("soviet", "en"), synonym => synonym.Text == "ussr" && synonym.Pertains);
        Assert.Contains(synonyms.For("refused", "en"), synonym => synonym.Text == "reject" && !synonym.Pertains);
    }

    [Theory]
    [InlineData("west", true)]
    [InlineData("berlin", true)]
    [InlineData("khrushchev", false)]
    [InlineData("chinese", false)]
    [InlineData("reiganas", false)]
    public void A_word_WordNet_also_writes_in_lower_case_is_a_common_word_and_one_it_writes_only_as_a_name_is_not(string word, bool common)
    {
        using var synonyms = Installed();

        // "berlin" is also a kind of limousine: the check is WordNet's, not an opinion on the word.
        Assert.Equal(common, synonyms.IsCommonWord(word));
    }
}
