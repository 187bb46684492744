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

    // Built in code: attribute arguments cannot carry lone surrogates (they are stored as UTF-8).
    [Fact]
    public void Lone_surrogates_become_replacement_characters_instead_of_throwing()
    {
        Assert.Equal("", TextFolding.Fold("\u0301"));
        Assert.Equal("a\uFFFDb", TextFolding.Fold(string.Concat("a", "\uD800", "b")));
        Assert.Equal("\uFFFDa", TextFolding.Fold(string.Concat("\uDFFF", "Ä")));
        Assert.Equal("s\uFFFD", TextFolding.Fold(string.Concat("Ș", "\uD83D")));
        Assert.Equal("\uFFFD\uFFFD", TextFolding.Fold(new string(['\uDC00', '\uD800'])));
    }

    // Found by HostileInputTests: .NET's Normalize also refuses U+FFFE.
    [Fact]
    public void Noncharacters_become_replacement_characters_instead_of_throwing()
    {
        Assert.Equal("e\uFFFD", TextFolding.Fold("\u00c9\uFFFE"));
        Assert.Equal("a\uFFFD", TextFolding.Fold("\u00c4\uFFFF"));
        Assert.Equal("\uFFFD", TextFolding.Fold("\uFFFE"));
    }

    [Fact]
    public void A_well_formed_surrogate_pair_survives_folding()
    {
        Assert.Equal("war \U0001F4DC", TextFolding.Fold("War \U0001F4DC"));
    }
}
