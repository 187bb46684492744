using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Synonyms;

namespace HistoryBot.Core.Tests.Text.Synonyms;

/// <summary>A name stands for others (a capital for its state: "Why was Moscow upset…"), one way only.</summary>
public sealed class MetonymSynonymsTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private static readonly MetonymSynonyms Shipped = MetonymSynonyms.LoadDefault();

    [Theory]
    [InlineData("moscow", "ussr")]
    [InlineData("washington", "united states")]
    [InlineData("london", "england")]
    [InlineData("beijing", "china")]
    public void A_capital_stands_for_its_state(string capital, string state)
    {
        // Act
        var synonyms = Shipped.For(capital, Language.English);

        // Assert
        var synonym = Assert.Single(synonyms, found => found.Text == state);
        Assert.Equal(MetonymSynonyms.SourceName, synonym.Source);
        Assert.True(synonym.Pertains);
        Assert.InRange(synonym.Weight, 0.01, SynonymSources.MaxWeight);
    }

    [Fact]
    public void The_kremlin_stands_for_the_state_and_for_moscow()
    {
        // Act: "What did the West demand from the Kremlin?" where the source says "the West sent demands to Moscow".
        var synonyms = Shipped.For("kremlin", Language.English).Select(synonym => synonym.Text).ToList();

        // Assert
        Assert.Contains("ussr", synonyms);
        Assert.Contains("moscow", synonyms);
    }

    [Theory]
    [InlineData("ussr", Language.English)]
    [InlineData("china", Language.English)]
    [InlineData("moscow", Language.Romanian)]
    [InlineData("soviets", Language.English)]
    public void A_state_does_not_stand_for_its_capital_and_other_languages_come_through_the_lexicon(string word, string language)
    {
        // Act
        var synonyms = Shipped.For(word, language);

        // Assert
        Assert.Empty(synonyms);
    }

    [Fact]
    public void A_malformed_line_is_named()
    {
        // Act
        var error = Assert.Throws<FormatException>(() => new MetonymSynonyms(new StringReader("# metonyms\nmoscow ussr\n")));

        // Assert
        Assert.Contains("moscow ussr", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Why was Moscow upset when Britain joined NATO?", "1942")]
    [InlineData("Kokią sutartį, anot Maskvos, pažeidė Britanija įstodama į NATO?", "1942")]
    [InlineData("What nuclear treaty did Moscow sign with Washington and London in 1963?", "testării armelor nucleare")]
    public async Task A_question_naming_a_capital_finds_the_passage_naming_its_state(string question, string expected)
    {
        // Act: the passages say "the USSR", "England", "Statele Unite", never the capitals.
        var answer = await fixture.Library.Queries.AskAsync(question);

        // Assert
        Assert.True(answer.IsFound);
        Assert.Contains(expected, answer.Best!.Paragraph.Text, StringComparison.Ordinal);
    }
}
