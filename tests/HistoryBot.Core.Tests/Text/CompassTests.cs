using HistoryBot.Core.Answers;
using HistoryBot.Core.Text;

namespace HistoryBot.Core.Tests.Text;

public sealed class CompassTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    [Theory]
    [InlineData("when did West Germany join", "germany", Compass.Point.West)]
    [InlineData("Silangang Alemanya at Poland", "alemanya", Compass.Point.East)]
    [InlineData("Kada Vakarų Vokietija įstojo", "vokietija", Compass.Point.West)]
    [InlineData("Germania de Est a semnat", "germania", Compass.Point.East)]
    [InlineData("Coreea de Sud", "coreea", Compass.Point.South)]
    [InlineData("the South Korean Boeing", "korean", Compass.Point.South)]
    [InlineData("Germany and Italy", "germany", null)]
    [InlineData("the West and the East", "west", null)]
    public void A_name_is_qualified_by_the_point_of_the_compass_next_to_it(string text, string word, Compass.Point? point)
    {
        // Arrange
        var tokens = Tokenizer.Tokenize(text);

        // Act
        var read = Compass.Of(tokens, tokens.FindIndex(token => token.Folded == word));

        // Assert
        Assert.Equal(point, read);
    }

    [Fact]
    public async Task West_germany_is_not_held_by_a_passage_that_names_east_germany()
    {
        // Act: the Warsaw Pact paragraph names "Silangang Alemanya" (East Germany) and had answered this near miss.
        var answer = await fixture.Library.Queries.AskAsync("kailan talaga pumasok ang west germany sa nato?");

        // Assert
        Assert.Equal(AnswerStatus.NotFound, answer.Status);
    }

    [Fact]
    public async Task East_germany_is_held_by_the_passage_that_names_it()
    {
        // Act
        var answer = await fixture.Library.Queries.AskAsync("When did East Germany sign the Warsaw Pact?");

        // Assert
        Assert.Equal(AnswerStatus.Found, answer.Status);
        Assert.Contains("May 14, 1955", answer.Best!.Paragraph.Text, StringComparison.Ordinal);
    }
}
