using HistoryBot.Core.Text;

namespace HistoryBot.Core.Tests.Text;

public sealed class StopWordsTests
{
    [Theory]
    [InlineData(Language.English, "did")]
    [InlineData(Language.English, "must")]
    [InlineData(Language.Romanian, "faca")]
    [InlineData(Language.Romanian, "trebuia")]
    [InlineData(Language.Lithuanian, "padare")]
    [InlineData(Language.Lithuanian, "reikejo")]
    [InlineData(Language.Tagalog, "ginawa")]
    [InlineData(Language.Tagalog, "dapat")]
    public void Do_and_must_are_stop_words_in_every_language_as_in_English(string language, string folded)
    {
        Assert.Contains(folded, (IReadOnlySet<string>)StopWords.For(language));
    }

    [Theory]
    [InlineData(Language.Romanian, "semnat")]
    [InlineData(Language.Lithuanian, "atsisake")]
    [InlineData(Language.Tagalog, "tumanggi")]
    public void A_verb_that_says_what_happened_is_no_stop_word(string language, string folded)
    {
        Assert.DoesNotContain(folded, (IReadOnlySet<string>)StopWords.For(language));
    }
}
