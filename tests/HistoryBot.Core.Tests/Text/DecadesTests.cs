using HistoryBot.Core.Text;

namespace HistoryBot.Core.Tests.Text;

public sealed class DecadesTests
{
    [Theory]
    [InlineData("In the early 80s, when", 1980, "80s")]
    [InlineData("the 1950s", 1950, "1950s")]
    [InlineData("in the 1950 s", 1950, "1950 s")]
    [InlineData("in the '50s", 1950, "'50s")]
    [InlineData("La sfârșitul anilor '50 relațiile", 1950, "anilor '50")]
    [InlineData("anilor 50", 1950, "anilor 50")]
    [InlineData("Anii ’80 au adus", 1980, "Anii ’80")]
    [InlineData("dekada 80", 1980, "dekada 80")]
    [InlineData("deceniului 50", 1950, "deceniului 50")]
    [InlineData("1980-aisiais metais", 1980, "1980-aisiais")]
    [InlineData("80-ųjų pradžioje", 1980, "80-ųjų")]
    [InlineData("80-uju pradzioje", 1980, "80-uju")]
    [InlineData("mid-50s", 1950, "50s")]
    public void Reads_a_decade_as_written_or_folded(string text, int firstYear, string written)
    {
        var decade = Assert.Single(Decades.In(text));
        Assert.Equal(firstYear, decade.FirstYear);
        Assert.Equal(written, text.Substring(decade.Index, decade.Length));
        Assert.True(Decades.Has(text));
    }

    [Theory]
    [InlineData("On May 14, 1955, the pact")]
    [InlineData("500 kilometers into the airspace")]
    [InlineData("in 1950 some said")]
    [InlineData("anul 56")]
    [InlineData("a 1980s2")]
    public void A_year_or_a_count_is_no_decade(string text)
    {
        Assert.Empty(Decades.In(text));
        Assert.False(Decades.Has(text));
    }

    [Fact]
    public void The_first_decade_is_the_first_one_written()
    {
        Assert.Equal(1950, Decades.First("from the early 50s to the late 80s")?.FirstYear);
        Assert.Null(Decades.First("On May 14, 1955"));
    }

    [Fact]
    public void The_poster_of_the_70_80s_names_the_80s()
    {
        var decade = Assert.Single(Decades.In("poster of the 70-80s"));
        Assert.Equal(1980, decade.FirstYear);
    }

    [Theory]
    [InlineData("in the 80s", 2, true)]
    [InlineData("the 1950s", 1, true)]
    [InlineData("anilor 50", 1, true)]
    [InlineData("dekada 80", 1, true)]
    [InlineData("anul 56", 1, false)]
    [InlineData("500 kilometers", 0, false)]
    public void A_decade_word_is_no_count(string text, int index, bool decade)
    {
        Assert.Equal(decade, Decades.IsDecadeWord(Tokenizer.Tokenize(text), index));
    }
}
