using HistoryBot.Core.Corpus;
using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Analysis;
using HistoryBot.Testing;
using Lucene.Net.Analysis.TokenAttributes;

namespace HistoryBot.Core.Tests.Text.Analysis;

public sealed class ParagraphWordsTests
{
    private static readonly TextAnalyzer Analyzer = new();

    // Words each step treats specially: cases, diacritics, marks alone, stop words in capitals,
    // numbers, letters beyond the Basic Multilingual Plane, a word longer than the tokenizer's 255.
    private static readonly string[] Awkward =
    [
        "THE The the; ŞI şi și ȘI Şi, NATO Nato nato 1954 1954m 31-ąją",
        "cafe\u0301 e\u0301\u0301 \u0301\u0301 ΣΟΦΊΑ İSTANBUL Ångström Œuvre ß ǅemal",
        "\U0001D400\U0001D401 \U00020000x 𝔘𝔖𝔖ℜ " + new string('a', 300) + " " + string.Concat(Enumerable.Repeat("Varšuva", 40)),
        "Nilagdaan NG mga bansa ang kasunduan; pinagsisikapan, ipinagbabawal",
        "VARŠUVOS sutartis ir Varšuvos sutarties kovo 31 d. įstoti",
    ];

    [Fact]
    public void Every_field_reads_the_terms_its_own_analyzer_gives_whether_words_are_remembered_or_forgotten()
    {
        // Arrange: the sources and awkward text; one reader remembers every word, one only two at a time.
        using var temp = new TempDirectory();
        var paragraphs = new CorpusLoader(new LanguageDetector()).Load(TestCorpus.CopySources(temp.Path), CancellationToken.None)
            .Paragraphs.Select(p => p.Text).Concat(Awkward).ToList();
        var remembering = new ParagraphWords(Analyzer.Analyzer);
        var forgetting = new ParagraphWords(Analyzer.Analyzer, maxRemembered: 2);
        var fields = AnalysisFields.StemFields.Append(AnalysisFields.Key).ToList();

        foreach (var text in paragraphs.Concat(paragraphs))
        {
            // Act
            remembering.Fill(text);
            forgetting.Fill(text);

            // Assert
            foreach (var field in fields)
            {
                var expected = Terms(field, text);
                Assert.Equal(expected, Terms(remembering, field));
                Assert.Equal(expected, Terms(forgetting, field));
            }
        }
    }

    [Fact]
    public void A_character_of_the_basic_plane_is_part_of_a_word_exactly_when_it_is_a_letter_a_digit_or_a_mark()
    {
        // Arrange: every character but the surrogates, each between spaces.
        var characters = Enumerable.Range(1, char.MaxValue).Select(c => (char)c).Where(c => !char.IsSurrogate(c) && c != ' ').ToList();
        var text = string.Join(' ', characters);

        // Act
        var words = Words(text).ToHashSet();

        // Assert
        var expected = characters.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
            or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
            or System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.DecimalDigitNumber
            or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            .Select(c => c.ToString()).ToHashSet();
        Assert.Equal(expected.Order(StringComparer.Ordinal), words.Order(StringComparer.Ordinal));
    }

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

    private static List<string> Terms(ParagraphWords words, string field)
    {
        var terms = new List<string>();
        using var stream = new WordTermsStream(words, field);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        using var tokenizer = new WordTokenizer(new StringReader(text));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
            words.Add(term.ToString());
        tokenizer.End();
        return words;
    }
}
