using HistoryBot.Core.Text;

namespace HistoryBot.Core.Tests.Text;

public sealed class TagalogStemmerTests
{
    [Theory]
    [InlineData("tumanggi", "tanggi")]
    [InlineData("nilagdaan", "lagda")]
    [InlineData("pumirma", "pirma")]
    [InlineData("pinirmahan", "pirma")]
    [InlineData("nagsumite", "sumite")]
    [InlineData("ang", "ang")]
    [InlineData("kadahilanang", "dahil")]
    [InlineData("dahilan", "dahil")]
    [InlineData("pagtanggi", "tanggi")]
    [InlineData("bansang", "bansa")]
    public void Common_affixes_are_stripped_down_to_the_root(string word, string root)
    {
        Assert.Equal(root, new TagalogStemmer().Stem(word));
    }
}
