using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace HistoryBot.Core.Tests.Text;

public sealed class HistoryAnalyzerTests
{
    private static readonly TextAnalyzer Analyzer = new();

    private static List<string> Terms(string field, string text)
    {
        var terms = new List<string>();
        using var stream = Analyzer.Analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    [Fact]
    public void English_drops_its_stop_words_and_stems_inflections_together()
    {
        var terms = Terms(AnalysisFields.StemsOf(Language.English), "The Soviets signed the treaty; signing treaties");

        Assert.DoesNotContain("the", terms);
        Assert.Equal(terms[1], terms[3]);
        Assert.Equal(terms[2], terms[4]);
    }

    [Fact]
    public void Romanian_cedilla_and_comma_below_letters_are_one_letter()
    {
        var cedilla = Terms(AnalysisFields.StemsOf(Language.Romanian), "ştiinţă Hruşciov relaţiile");
        var commaBelow = Terms(AnalysisFields.StemsOf(Language.Romanian), "știință Hrușciov relațiile");

        Assert.Equal(cedilla, commaBelow);
        Assert.Equal(Terms(AnalysisFields.StemsOf(Language.Romanian), "relațiile"), Terms(AnalysisFields.StemsOf(Language.Romanian), "relatiilor"));
        Assert.Equal(Terms(AnalysisFields.Key, "şcoală"), Terms(AnalysisFields.Key, "școală"));
    }

    [Fact]
    public void Lithuanian_stems_with_the_system_snowball_library_with_or_without_diacritics()
    {
        Assert.True(Analyzer.StemmingAvailable, "libstemmer0d must be installed for these tests (.ci/run installs it)");
        var field = AnalysisFields.StemsOf(Language.Lithuanian);

        Assert.Equal(Terms(field, "sutartis"), Terms(field, "sutarties"));
        Assert.Equal(Terms(field, "Varšuvos"), Terms(field, "VARSUVOS"));
        Assert.Empty(Terms(field, "ir kad bet"));
    }

    [Fact]
    public void Tagalog_strips_affixes_and_its_stop_words()
    {
        var terms = Terms(AnalysisFields.StemsOf(Language.Tagalog), "ang nilagdaan ng mga bansa");

        Assert.Equal(["lagda", "bansa"], terms);
    }

    [Fact]
    public void The_key_field_lets_cognates_meet_across_languages()
    {
        Assert.Equal(Terms(AnalysisFields.Key, "diplomatic"), Terms(AnalysisFields.Key, "diplomatice"));
        Assert.Equal(["diplo"], Terms(AnalysisFields.Key, "the diplomatic"));
    }

    [Theory]
    [InlineData(Language.English, "On March 31, 1954, the USSR, the BSSR and the Ukrainian SSR submitted a request to join NATO.")]
    [InlineData(Language.Lithuanian, "1954 m. kovo 31 d. SSRS, BSSR ir Ukrainos TSR pateikė prašymą įstoti į NATO.")]
    [InlineData(Language.Romanian, "Uniunea Sovietică a propus încheierea unui tratat de securitate colectivă în Europa.")]
    [InlineData(Language.Tagalog, "Noong Marso 31, 1954, nagsumite ang USSR ng kahilingan na sumali sa NATO.")]
    public void Questions_and_highlights_are_analysed_exactly_as_the_index_was(string language, string text)
    {
        var indexed = Terms(AnalysisFields.StemsOf(language), text);

        var analysed = Analyzer.Analyze(text, language).Where(token => token.Stem is not null).Select(token => token.Stem!).ToList();

        Assert.Equal(indexed, analysed);
    }

    [Fact]
    public void Combining_marks_lone_surrogates_and_huge_words_never_break_the_analysis()
    {
        var hostile = "e\u0301cole \u0301\u0301 \ud800 lone \udc00 " + new string('x', 65_536) + " NATO";

        var tokens = Analyzer.Tokenize(hostile);

        Assert.Equal("ecole", tokens[0].Folded);
        Assert.DoesNotContain(tokens, token => token.Folded.Length == 0 || token.Folded.Any(char.IsSurrogate));
        Assert.Equal("nato", tokens[^1].Folded);
        Assert.All(tokens, token => Assert.True(token.Folded.Length <= 255));
    }

    [Fact]
    public void Lower_casing_leaves_every_word_as_Lucenes_lower_case_filter_would()
    {
        // Arrange: every letter below U+0250 alone and in words, and words beyond it.
        var letters = Enumerable.Range(1, 0x24F).Select(c => (char)c).Where(char.IsLetter).ToList();
        var text = string.Join(' ', letters.Select(c => c.ToString()))
            + " " + new string(letters.ToArray())
            + " VARŠUVOS ȘTIINȚĂ Hruşciov İSTANBUL ΣΟΦΊΑ ǅungla ÆØÅ ſ MOSKVA Дніпро 𐐀𐐁 USSR's";

        // Act
        var ours = Lowered(text, stream => new LowerCaseWordFilter(stream));
        var lucenes = Lowered(text, stream => new Lucene.Net.Analysis.Core.LowerCaseFilter(Lucene.Net.Util.LuceneVersion.LUCENE_48, stream));

        // Assert
        Assert.True(ours.Count > letters.Count);
        Assert.Equal(lucenes, ours);
    }

    private static List<string> Lowered(string text, Func<Lucene.Net.Analysis.TokenStream, Lucene.Net.Analysis.TokenStream> filter)
    {
        var terms = new List<string>();
        using var stream = filter(new Lucene.Net.Analysis.Core.WhitespaceTokenizer(Lucene.Net.Util.LuceneVersion.LUCENE_48, new StringReader(text)));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
