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
