using HistoryBot.Core.Text;
using Microsoft.Extensions.Logging;
using Moq;

namespace HistoryBot.Core.Tests.Text;

public sealed class TextAnalyzerTests
{
    [Fact]
    public void Snowball_stems_english_romanian_and_lithuanian_inflections_together()
    {
        var analyzer = new TextAnalyzer();
        Assert.True(analyzer.StemmingAvailable, "libstemmer0d must be installed for these tests (.ci/run installs it)");

        Assert.Equal(analyzer.Stem("signed", "en"), analyzer.Stem("signing", "en"));
        Assert.Equal(analyzer.Stem("relatiile", "ro"), analyzer.Stem("relatiilor", "ro"));
        Assert.Equal(analyzer.Stem("sutartis", "lt"), analyzer.Stem("sutarties", "lt"));
    }

    [Fact]
    public void Stop_words_keep_their_place_but_carry_no_stem()
    {
        var tokens = new TextAnalyzer().Analyze("The USSR and the BSSR", "en");

        Assert.Equal([null, "ussr", null, null, "bssr"], tokens.Select(t => t.Stem));
    }

    [Fact]
    public void A_missing_stemming_library_warns_once_and_lithuanian_words_still_match_unstemmed()
    {
        var logger = new Mock<ILogger<TextAnalyzer>>();
        logger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);

        var analyzer = new TextAnalyzer(snowball: null, "libstemmer.so.0d not found", logger.Object);

        Assert.False(analyzer.StemmingAvailable);
        Assert.Equal("sutarties", analyzer.Stem("sutarties", "lt"));
        // English and Romanian stem with Lucene's own Snowball stemmers, which need no library.
        Assert.Equal(analyzer.Stem("signed", "en"), analyzer.Stem("signing", "en"));
        logger.Verify(l => l.Log(LogLevel.Warning, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), null, It.IsAny<Func<It.IsAnyType, Exception?, string>>()), Times.Once);
    }
}
