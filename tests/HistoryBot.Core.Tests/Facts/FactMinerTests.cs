using HistoryBot.Core.Corpus;
using HistoryBot.Core.Facts;
using HistoryBot.Core.Text;
using HistoryBot.Testing;
using Xunit;

namespace HistoryBot.Core.Tests.Facts;

public sealed class FactMinerTests
{
    private static readonly Lazy<LoadedCorpus> Corpus = new(() => new CorpusLoader(new LanguageDetector()).Load(RepoPaths.Sources));

    private static IReadOnlyList<Fact> MineSources() => new FactMiner().Mine(Corpus.Value.Paragraphs);

    [Fact]
    public void The_furniture_shortcut_agrees_with_the_furniture_pattern_for_any_character_in_a_link()
    {
        // Arrange: the sources' paragraphs, headings and links, and every character in place of each letter of "www" and "://".
        var texts = Corpus.Value.Paragraphs.Select(paragraph => paragraph.Text)
            .Concat(["Video: the note", "  RECOMMENDED: more", "See HTTPS://example.org", "at WwW.example.org", "http:/ no", "ww.w no", "the www no", "Read more"])
            .Concat(Enumerable.Range(1, char.MaxValue).Where(c => !char.IsSurrogate((char)c)).SelectMany(c => new[]
            {
                $"see {(char)c}ww.example", $"see w{(char)c}w.example", $"see ww{(char)c}.example", $"see http{(char)c}//x", $"see http:{(char)c}/x",
            }))
            .ToList();

        // Act
        var disagreements = texts.Where(text => FactMiner.IsFurniture(text) != FactMiner.Furniture().IsMatch(text)).ToList();

        // Assert
        Assert.Empty(disagreements);
        Assert.Contains(texts, FactMiner.IsFurniture);
    }

    [Theory]
    [InlineData("why-ussr-not-accepted-into-nato.en", "It was he who voiced", "Dwight Eisenhower came to power")]
    [InlineData("why-ussr-not-accepted-into-nato.lt", "Būtent jis 1953 m.", "Dwightui Eisenhoweriui")]
    [InlineData("why-ussr-not-accepted-into-nato.tl", "Siya ang nagbigay", "si Dwight Eisenhower")]
    public void A_sentence_that_says_he_comes_with_the_sentence_that_names_him(string source, string sentence, string name)
    {
        // Act
        var fact = Assert.Single(MineSources(), fact => fact.Citation.SourceId.Value == source && fact.Sentence.StartsWith(sentence, StringComparison.Ordinal));

        // Assert
        Assert.Contains(name, fact.Text);
        Assert.True(fact.Text.IndexOf(name, StringComparison.Ordinal) < fact.Text.IndexOf(sentence, StringComparison.Ordinal));
        Assert.Equal(FactDate.OnDay(1953, 4, 16), fact.Date);
    }

    [Fact]
    public void Each_fact_has_its_date_language_and_a_citation_of_the_paragraph_that_holds_it()
    {
        // Arrange
        var paragraphs = Corpus.Value.Paragraphs;

        // Act
        var facts = MineSources();

        // Assert
        Assert.All(facts, fact =>
        {
            var paragraph = Assert.Single(paragraphs, p => p.SourceId == fact.Citation.SourceId && p.Number == fact.Citation.ParagraphNumber);
            Assert.Contains(fact.Sentence, paragraph.Text);
            Assert.Contains(fact.Sentence, fact.Text);
            Assert.Equal(paragraph.Language, fact.Language);
            Assert.Equal(paragraph.SourceTitle, fact.Citation.SourceTitle);
            Assert.Equal(FactDateParser.Parse(fact.Sentence), fact.Date);
        });
        Assert.Equal(Language.All.Order(), facts.Select(fact => fact.Language).Distinct().Order());
        Assert.Equal(facts.Count, facts.Select(fact => fact.Id).Distinct().Count());
    }

    [Fact]
    public void The_events_of_the_sources_are_facts_with_their_days()
    {
        // Act
        var days = MineSources().Where(fact => fact.Date?.Precision == DatePrecision.Day)
            .Select(fact => $"{fact.Language} {fact.Date}")
            .Order()
            .ToList();

        // Assert
        string[] expected =
        [
            "en 1953-04-16", "en 1954-03-31", "en 1954-05-07", "en 1955-05-14", "en 1983-09-01",
            "lt 1953-04-16", "lt 1954-03-31", "lt 1954-05-07", "lt 1955-05-14",
            "tl 1953-04-16", "tl 1954-03-31", "tl 1954-05-07", "tl 1955-05-14",
        ];
        Assert.Equal(expected, days);
    }

    [Fact]
    public void Page_furniture_and_captions_are_never_facts()
    {
        // Arrange: furniture the loader lets through as paragraphs, and a caption between two paragraphs.
        var source = new SourceId("test.en");
        Paragraph P(int number, string text) => new(source, "Test", "Section", number, Language.English, text);
        Paragraph[] paragraphs =
        [
            P(1, "Video: Why Did the USSR Ask to Join NATO? (Short Animated Documentary) 2024, December"),
            P(2, "Watch the video: 10 Darkest Secrets of the Soviet Union (November 2019)."),
            P(3, "The story of the \"Boeing\" put an end to the entry of the USSR into NATO"),
            P(4, "That story is very muddy. Reagan called the USSR an empire of evil in March 1983."),
            P(5, "Recommended: read more about NATO and the USSR at www.example.com in 1954."),
        ];

        // Act
        var facts = new FactMiner().Mine(paragraphs);

        // Assert
        var fact = Assert.Single(facts);
        Assert.Equal("Reagan called the USSR an empire of evil in March 1983.", fact.Text);
        Assert.DoesNotContain(MineSources(), mined => mined.Text.Contains("Video", StringComparison.OrdinalIgnoreCase)
            || mined.Text.Contains("Recommended", StringComparison.Ordinal) || mined.Text.Contains("Popular Categories", StringComparison.Ordinal)
            || mined.Text.Contains("poster", StringComparison.Ordinal) || mined.Text.Contains("put an end to the entry", StringComparison.Ordinal));
    }

    [Fact]
    public void Questions_conditions_and_fragments_are_not_facts()
    {
        // Arrange
        var source = new SourceId("test.en");
        Paragraph[] paragraphs =
        [
            new(source, "Test", null, 1, Language.English,
                "Did the USSR really ask to join NATO in 1954? If the West accepted the idea of the USSR, the Alliance would cease to oppose the Union. Soviet Union."),
        ];

        // Act
        var facts = new FactMiner().Mine(paragraphs);

        // Assert
        Assert.Empty(facts);
    }

    [Fact]
    public void Mining_the_same_sources_twice_gives_the_same_ids()
    {
        // Act
        var first = MineSources().Select(fact => fact.Id);
        var second = MineSources().Select(fact => fact.Id);

        // Assert
        Assert.Equal(first, second);
        Assert.All(first, id => Assert.True(FactId.IsWellFormed(id.Value)));
    }

    [Fact]
    public void Mining_by_source_on_two_threads_keeps_the_facts_a_serial_mine_keeps()
    {
        // Arrange: the sources three times over under other ids, so each source has more day-dated facts than it keeps.
        var paragraphs = Enumerable.Range(0, 3)
            .SelectMany(copy => Enumerable.Range(0, 4).SelectMany(_ => Corpus.Value.Paragraphs)
                .Select((paragraph, number) => paragraph with { SourceId = new SourceId($"{paragraph.SourceId.Value}-{copy}"), Number = number + 1 }))
            .ToList();
        const int perSource = 3;

        // Act
        var serial = FactsIndexPart.Keep(new FactMiner().Mine(paragraphs), perSource);
        var bySource = FactsIndexPart.Keep(new FactMiner().MineBySource(paragraphs, parallelism: 2, perSource), perSource);

        // Assert
        Assert.Contains(serial, fact => fact.Date?.Precision == DatePrecision.Day);
        Assert.True(serial.Count > perSource * 3);
        Assert.Equal(serial.Select(fact => (fact.Id, fact.Text)), bySource.Select(fact => (fact.Id, fact.Text)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(12)]
    [InlineData(30)]
    [InlineData(80)]
    [InlineData(400)]
    public void Mining_by_source_skips_only_facts_that_would_not_be_kept(int perSource)
    {
        // Arrange: each source four times over in a shuffled order, so that undated, decade, year,
        // month and day facts each fill a source's quota at one of these sizes.
        var random = new Random(1954);
        var paragraphs = Corpus.Value.Paragraphs
            .GroupBy(paragraph => paragraph.SourceId)
            .SelectMany(source => Enumerable.Range(0, 4).SelectMany(_ => source).OrderBy(_ => random.Next())
                .Select((paragraph, number) => paragraph with { Number = number + 1 }))
            .ToList();

        // Act
        var serial = FactsIndexPart.Keep(new FactMiner().Mine(paragraphs), perSource);
        var bySource = FactsIndexPart.Keep(new FactMiner().MineBySource(paragraphs, parallelism: 2, perSource), perSource);

        // Assert
        Assert.NotEmpty(serial);
        Assert.Equal(
            serial.Select(fact => (fact.Id, fact.Text, fact.Sentence, fact.Date)),
            bySource.Select(fact => (fact.Id, fact.Text, fact.Sentence, fact.Date)));
    }
}
