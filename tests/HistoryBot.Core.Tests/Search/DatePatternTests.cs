using HistoryBot.Core.Facts;
using HistoryBot.Core.Search;

namespace HistoryBot.Core.Tests.Search;

/// <summary>The ranking's "does this sentence name a date" test reads the same month names as the facts' date parser.</summary>
public sealed class DatePatternTests
{
    [Theory]
    [InlineData("1954 m. gegužėje Vakarai atmetė prašymą.")]
    [InlineData("1954 m. kovo 31 d. SSRS pateikė notą.")]
    [InlineData("Noong ika-7 ng Mayo 1954 ay tinanggihan ito.")]
    [InlineData("Pe 31 martie 1954 URSS a cerut aderarea.")]
    [InlineData("On 31 March 1954 the USSR asked to join.")]
    public void A_year_with_a_month_name_in_any_form_the_facts_parser_reads_is_a_full_date(string sentence)
    {
        Assert.True(DatePattern.HasFullDate(sentence));
        Assert.NotEmpty(FactDateParser.FindAll(sentence));
    }

    [Theory]
    [InlineData("In 1954 the USSR asked to join NATO.")]
    [InlineData("By the 1980s the thaw was long over.")]
    [InlineData("Anii '50 au adus dezghețul.")]
    public void A_year_or_a_decade_without_a_month_is_a_date_but_not_a_full_one(string sentence)
    {
        Assert.True(DatePattern.HasDate(sentence));
        Assert.False(DatePattern.HasFullDate(sentence));
    }

    [Fact]
    public void A_month_abbreviation_standing_as_a_word_does_not_make_a_full_date()
    {
        // "mar" and "dec" are abbreviations the facts parser reads inside a date, not month words.
        Assert.False(DatePattern.HasFullDate("In 1954 the dec was mar by the sea."));
    }

    [Theory]
    [InlineData("In 1954 the mainland marched on.", false)]
    [InlineData("La 7 mai, 1954, URSS a cerut aderarea.", true)]
    [InlineData("(Mayo) 1954", true)]
    [InlineData("1954-march_plans were drafted.", false)]
    public void A_month_name_counts_only_as_a_whole_word(string sentence, bool fullDate)
    {
        Assert.Equal(fullDate, DatePattern.HasFullDate(sentence));
    }

    [Fact]
    public void A_sentence_without_a_year_names_no_date()
    {
        Assert.False(DatePattern.HasDate("The Soviet Union asked to join NATO in March."));
        Assert.False(DatePattern.HasFullDate("The Soviet Union asked to join NATO in March."));
    }
}
