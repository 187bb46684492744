using System.Text.RegularExpressions;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Facts;
using HistoryBot.Core.Text;
using HistoryBot.Testing;
using Xunit;

namespace HistoryBot.Core.Tests.Facts;

public sealed class FactDateParserTests
{
    /// <summary>Every sentence of the committed sources that states a date: its source, how it begins, and its date.</summary>
    public static TheoryData<string, string, string> DatedSentences { get; } = new()
    {
        // English: Why The USSR Was Not Accepted Into NATO
        { "why-ussr-not-accepted-into-nato.en", "The long-term rivalry between the West and the East had a chance to end in 1954", "1954" },
        { "why-ussr-not-accepted-into-nato.en", "On March 31, 1954, the USSR", "1954-03-31" },
        { "why-ussr-not-accepted-into-nato.en", "It notes that the USSR considers", "1942" },
        { "why-ussr-not-accepted-into-nato.en", "It was he who voiced the principles", "1953-04-16" },
        { "why-ussr-not-accepted-into-nato.en", "To give a positive answer", "1954" },
        { "why-ussr-not-accepted-into-nato.en", "On May 7, 1954", "1954-05-07" },
        { "why-ussr-not-accepted-into-nato.en", "On May 14, 1955", "1955-05-14" },
        // Lithuanian: "1954 m. Kovo 31 d." and the other cases of the month names
        { "why-ussr-not-accepted-into-nato.lt", "Ilgalaikė konkurencija", "1954" },
        { "why-ussr-not-accepted-into-nato.lt", "1954 m. Kovo 31 d.", "1954-03-31" },
        { "why-ussr-not-accepted-into-nato.lt", "Joje pažymima", "1942" },
        { "why-ussr-not-accepted-into-nato.lt", "Būtent jis 1953 m. Balandžio 16 d.", "1953-04-16" },
        { "why-ussr-not-accepted-into-nato.lt", "Norėdama atsakyti teigiamai", "1954" },
        { "why-ussr-not-accepted-into-nato.lt", "1954 m. Gegužės 7 d.", "1954-05-07" },
        { "why-ussr-not-accepted-into-nato.lt", "1955 m. Gegužės 14 d.", "1955-05-14" },
        // Tagalog: "Noong Marso 31, 1954"
        { "why-ussr-not-accepted-into-nato.tl", "Ang pangmatagalang tunggalian", "1954" },
        { "why-ussr-not-accepted-into-nato.tl", "Noong Marso 31, 1954", "1954-03-31" },
        { "why-ussr-not-accepted-into-nato.tl", "Sinasabi nito", "1942" },
        { "why-ussr-not-accepted-into-nato.tl", "Siya ang nagbigay", "1953-04-16" },
        { "why-ussr-not-accepted-into-nato.tl", "Upang magbigay ng isang positibong sagot", "1954" },
        { "why-ussr-not-accepted-into-nato.tl", "Noong Mayo 7, 1954", "1954-05-07" },
        { "why-ussr-not-accepted-into-nato.tl", "Noong Mayo 14, 1955", "1955-05-14" },
        // English: External enemy number 1
        { "ussr-left-without-nato.en", "At the end of August 1952", "1952-08" },
        { "ussr-left-without-nato.en", "But ... in early May 1954", "1954-05" },
        { "ussr-left-without-nato.en", "England began work in this direction in 1954", "1954" },
        { "ussr-left-without-nato.en", "In the early 80s", "1980s" },
        { "ussr-left-without-nato.en", "On September 1, 1983", "1983-09-01" },
        // Romanian: "În 1963", "(1956)", "anilor '50", "anilor cincizeci", "1954-1956"
        { "khrushchev-thaw-foreign-policy.ro", "De la începutul anilor '50", "1950s" },
        { "khrushchev-thaw-foreign-policy.ro", "La mijlocul anilor '50 au creat", "1950s" },
        { "khrushchev-thaw-foreign-policy.ro", "În 1955 la Varșovia", "1955" },
        { "khrushchev-thaw-foreign-policy.ro", "În anii 1954-1956.", "1954-1956" },
        { "khrushchev-thaw-foreign-policy.ro", "A fost semnat un acord pentru a pune capăt", "1956" },
        { "khrushchev-thaw-foreign-policy.ro", "Semnat în 1955 de către", "1955" },
        { "khrushchev-thaw-foreign-policy.ro", "Până la sfârșitul anilor '50", "1950s" },
        { "khrushchev-thaw-foreign-policy.ro", "Noi abordări pentru rezolvarea", "1950s" },
        { "khrushchev-thaw-foreign-policy.ro", "La sfârșitul anilor '50 relațiile", "1950s" },
        { "khrushchev-thaw-foreign-policy.ro", "În 1962, guvernul URSS", "1962" },
        { "khrushchev-thaw-foreign-policy.ro", "În 1963, Moscova a semnat", "1963" },
    };

    private static readonly Lazy<List<(string Source, string Sentence)>> SourceSentences = new(() =>
        new CorpusLoader(new LanguageDetector()).Load(RepoPaths.Sources).Paragraphs
            .SelectMany(paragraph => SentenceSplitter.Split(paragraph.Text)
                .Select(range => (paragraph.SourceId.Value, paragraph.Text.Substring(range.Start, range.Length))))
            .ToList());

    [Theory]
    [MemberData(nameof(DatedSentences))]
    public void Every_dated_sentence_of_the_sources_gets_its_date(string source, string beginning, string expected)
    {
        // Arrange
        var sentence = Assert.Single(SourceSentences.Value, pair => pair.Source == source && pair.Sentence.StartsWith(beginning, StringComparison.Ordinal)).Sentence;

        // Act
        var date = FactDateParser.Parse(sentence);

        // Assert
        Assert.Equal(expected, date?.ToString());
    }

    [Fact]
    public void No_other_sentence_of_the_sources_gets_a_date()
    {
        // Arrange
        var dated = DatedSentences.Select(row => ((string)row[0], (string)row[1])).ToList();

        // Act
        var falselyDated = SourceSentences.Value
            .Where(pair => !dated.Any(expected => expected.Item1 == pair.Source && pair.Sentence.StartsWith(expected.Item2, StringComparison.Ordinal)))
            .Where(pair => FactDateParser.Parse(pair.Sentence) is not null)
            .Select(pair => $"{pair.Source}: {pair.Sentence} → {FactDateParser.Parse(pair.Sentence)}")
            .ToList();

        // Assert
        Assert.Empty(falselyDated);
    }

    [Fact]
    public void Reading_only_months_and_days_finds_exactly_the_dates_of_a_month_or_a_day()
    {
        // Arrange: every sentence of the sources, and every form the parser reads.
        var sentences = SourceSentences.Value.Select(pair => pair.Sentence)
            .Concat(Forms.Select(row => (string)row[0]))
            .Append("In 1950, the 1950s and on March 31, 1954, then in August 1952 and (1956).")
            .Append("1954 m. gegužę ir 1953 m. balandzio 16 d.")
            .ToList();

        // Act
        var pairs = sentences.Select(sentence => (Full: FactDateParser.Parse(sentence), ToTheMonth: FactDateParser.ParseToTheMonth(sentence))).ToList();

        // Assert
        Assert.Contains(pairs, pair => pair.Full?.Precision == DatePrecision.Month);
        Assert.Contains(pairs, pair => pair.Full?.Precision == DatePrecision.Day);
        Assert.Contains(pairs, pair => pair.Full?.Precision == DatePrecision.Year);
        Assert.All(pairs, pair => Assert.Equal(pair.Full?.Precision >= DatePrecision.Month ? pair.Full : null, pair.ToTheMonth));
    }

    [Fact]
    public void A_text_that_any_month_name_pattern_matches_names_a_month_as_a_whole_word()
    {
        // Arrange
        var texts = MonthNameTexts();

        // Act
        var matched = texts.Where(text => FactDateParser.MonthNamePatterns.Any(pattern => Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant))).ToList();

        // Assert
        Assert.True(matched.Count > MonthNames.Forms.Count, "the month forms in date company must match");
        Assert.All(matched, text => Assert.True(FactDateParser.NamesAMonth(text), text));
        Assert.False(FactDateParser.NamesAMonth(TextFolding.Fold("The marshal decided in 1954 to maintain the main road.")));
    }

    [Fact]
    public void Every_match_of_a_pattern_that_opens_with_a_month_name_starts_at_a_month_word()
    {
        // Arrange: the parser tries these patterns only at the month words, anchored there.
        var texts = MonthNameTexts();

        // Act
        var starts = texts.SelectMany(text => FactDateParser.PatternsOpeningWithMonth
            .SelectMany(pattern => Regex.Matches(text, pattern, RegexOptions.CultureInvariant))
            .Select(match => (Text: text, match.Index))).ToList();

        // Assert
        Assert.Equal(2, FactDateParser.PatternsOpeningWithMonth.Count);
        Assert.True(starts.Count > MonthNames.Forms.Count, "the month forms in date company must match");
        Assert.All(starts, start => Assert.Contains(start.Index, FactDateParser.MonthWordStarts(start.Text)));
    }

    /// <summary>
    /// Folded: every sentence of the sources, every form the parser reads, every month form in
    /// every kind of company, and near misses that name no month as a whole word.
    /// </summary>
    private static List<string> MonthNameTexts() =>
        SourceSentences.Value.Select(pair => pair.Sentence)
            .Concat(Forms.Select(row => (string)row[0]))
            .Concat(MonthNames.Forms.Keys.SelectMany(form => new[]
            {
                $"on {form} 31, 1954", $"31 {form} 1954", $"1954 m. {form} 31 d.", $"{form}. 31 1954", $"{form} 1954",
                $"x{form} 31, 1954", $"31 {form}x 1954", $"31_{form} 1954", $"31 {form}\u0301 1954", $"1954 m.\u200d{form} 31",
                $"({form})1954", $"{form}\t1954", $"\u00a0{form}\u00a01954", $"{form} 1954 and {form} 31, 1955, then {form} 1956",
            }))
            .Select(TextFolding.Fold)
            .ToList();

    public static TheoryData<string, string> Forms { get; } = new()
    {
        { "On 31 March 1954 the note was sent.", "1954-03-31" },
        { "It was sent on the 31st of March, 1954.", "1954-03-31" },
        { "Sent on May 7th, 1954.", "1954-05-07" },
        { "Sent on 1954-03-31.", "1954-03-31" },
        { "1953 m. balandzio 16 d. jis kalbejo.", "1953-04-16" },
        { "1954 m. gegužę atsakė Vakarai.", "1954-05" },
        { "Ika-31 ng Marso, 1954 ipinadala ito.", "1954-03-31" },
        { "Noong Agosto 1952 nagkita sila.", "1952-08" },
        { "La 14 mai 1955 a fost semnat Pactul.", "1955-05-14" },
        { "În martie 1954 URSS a cerut aderarea.", "1954-03" },
        { "În anii '60 relațiile s-au răcit.", "1960s" },
        { "In the 1950s the thaw began.", "1950s" },
        { "Talks went on in 1954–56.", "1954-1956" },
        { "A treaty was signed (1956).", "1956" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Dates_are_read_in_every_form_of_the_four_languages(string sentence, string expected)
    {
        // Act
        var date = FactDateParser.Parse(sentence);

        // Assert
        Assert.Equal(expected, date?.ToString());
    }

    [Theory]
    [InlineData("The Boeing 747 plunged 500 kilometers into the airspace.")]
    [InlineData("Aproximativ 6.000 de întreprinderi au fost construite.")]
    [InlineData("Mai mult de 70 de puteri mondiale au semnat.")]
    [InlineData("Au murit 1500 de soldați.")]
    [InlineData("They may ask again, and the Kovas club may answer.")]
    public void Numbers_and_words_that_are_not_dates_are_not_read_as_dates(string sentence)
    {
        // Act
        var date = FactDateParser.Parse(sentence);

        // Assert
        Assert.Null(date);
    }

    [Fact]
    public void The_most_precise_date_of_a_sentence_is_its_date()
    {
        // Act
        var date = FactDateParser.Parse("After the 1942 treaty, on March 31, 1954, a request followed.");

        // Assert
        Assert.Equal(FactDate.OnDay(1954, 3, 31), date);
    }

    [Fact]
    public void An_impossible_day_is_not_a_day()
    {
        // Act
        var date = FactDateParser.Parse("On February 30, 1954 nothing happened.");

        // Assert
        Assert.Equal(FactDate.InYear(1954), date);
    }
}
