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
}
