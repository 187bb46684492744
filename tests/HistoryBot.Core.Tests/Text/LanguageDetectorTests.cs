using HistoryBot.Core.Text;

namespace HistoryBot.Core.Tests.Text;

public sealed class LanguageDetectorTests
{
    private readonly LanguageDetector _detector = new();

    [Theory]
    [InlineData("When did the USSR join?", "en")]
    [InlineData("Who signed the pact", "en")]
    [InlineData("Kada SSRS?", "lt")]
    [InlineData("Kas pasirašė Varšuvos paktą?", "lt")]
    [InlineData("kas pasirase varsuvos pakta", "lt")]
    [InlineData("Kailan sumali?", "tl")]
    [InlineData("Sino ang pumirma sa Warsaw Pact?", "tl")]
    [InlineData("Când a semnat Moscova?", "ro")]
    [InlineData("cand a semnat moscova", "ro")]
    [InlineData("Ce moratoriu a fost introdus în URSS?", "ro")]
    public void Short_questions_are_recognised_with_or_without_diacritics(string question, string language)
    {
        Assert.Equal(language, _detector.Detect(question).Language);
    }

    [Fact]
    public void A_stop_word_two_languages_share_counts_half_for_each_and_an_even_score_is_unknown()
    {
        // "in" and "a" are English and Romanian stop words; "cu" is Romanian alone.
        var even = _detector.Detect("in a");
        var romanian = _detector.Detect("in a cu");

        Assert.False(even.IsKnown);
        Assert.Equal(1.0, even.Score, 9);
        Assert.Equal(Language.Romanian, romanian.Language);
        Assert.Equal(2.0, romanian.Score, 9);
    }

    [Theory]
    [InlineData("NATO USSR")]
    [InlineData("1954")]
    [InlineData("")]
    [InlineData("???")]
    public void Too_little_evidence_is_unknown(string question)
    {
        Assert.False(_detector.Detect(question).IsKnown);
    }

    [Theory]
    [InlineData("\u0301")]
    [InlineData("\u0301\u0302\u0303")]
    [InlineData("a \u0301 b")]
    [InlineData("\u0301 When did the USSR ask to join NATO?")]
    public void A_word_made_only_of_combining_marks_is_no_evidence_and_breaks_nothing(string text)
    {
        var guess = _detector.Detect(text);

        Assert.Equal(text.Contains("USSR") ? "en" : Language.Unknown, guess.Language);
    }

    [Fact]
    public void Lone_surrogates_and_right_to_left_overrides_are_no_evidence()
    {
        var guess = _detector.Detect("\uD800 \u202E\u202D \uDFFF abc\uD800def");

        Assert.False(guess.IsKnown);
    }
}
