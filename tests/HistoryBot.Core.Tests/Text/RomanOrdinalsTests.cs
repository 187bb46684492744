using HistoryBot.Core.Answers;
using HistoryBot.Core.Text;

namespace HistoryBot.Core.Tests.Text;

public sealed class RomanOrdinalsTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    [Theory]
    [InlineData("20th", "xx")]
    [InlineData("20-ojo", "xx")]
    [InlineData("14th", "xiv")]
    [InlineData("1999th", "mcmxcix")]
    [InlineData("20", null)]
    [InlineData("1954", null)]
    [InlineData("2nd", null)]
    [InlineData("xx", null)]
    public void An_ordinal_in_digits_has_its_roman_numeral_but_a_plain_number_or_a_small_ordinal_has_none(string folded, string? roman)
    {
        Assert.Equal(roman, RomanOrdinals.Of(folded));
    }

    [Theory]
    [InlineData("SSKP 20-ojo suvažiavimo", 1, "xx")]
    [InlineData("al 20-lea congres", 1, "xx")]
    [InlineData("the 20th congress", 1, "xx")]
    [InlineData("in 1954-1956", 1, null)]
    [InlineData("the 20 ojo", 1, null)]
    public void An_ordinal_whose_ending_the_tokenizer_split_off_at_a_hyphen_still_has_its_roman_numeral(string text, int index, string? roman)
    {
        // Arrange: the tokenizer splits "20-ojo" into "20" and "ojo".
        var tokens = Tokenizer.Tokenize(text);

        // Act + Assert
        Assert.Equal(roman, RomanOrdinals.At(text, tokens, index));
    }

    [Fact]
    public async Task The_20th_congress_finds_the_passage_on_congresul_XX()
    {
        // Act: the Romanian article writes "după Congresul XX al CPSU".
        var answer = await fixture.Library.Queries.AskAsync("What did the 20th Congress conclude about a new world war?");

        // Assert
        var ordinal = Assert.Single(answer.Decision!.Words, word => word.Word == "20th");
        Assert.True(ordinal.Known);
        Assert.Equal(AnswerStatus.Found, answer.Status);
        Assert.Contains("Congresul XX", answer.Best!.Paragraph.Text, StringComparison.Ordinal);
    }
}
