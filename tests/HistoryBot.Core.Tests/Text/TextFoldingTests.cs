using HistoryBot.Core.Text;

namespace HistoryBot.Core.Tests.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Chruščiovas", "chrusciovas")]
    [InlineData("Hrușciov", "hrusciov")]
    [InlineData("ȘTIINȚEI", "stiintei")]
    [InlineData("Gegužės", "geguzes")]
    [InlineData("Straße", "strasse")]
    [InlineData("plain", "plain")]
    public void Case_and_diacritics_fold_away(string text, string folded)
    {
        Assert.Equal(folded, TextFolding.Fold(text));
    }
}
