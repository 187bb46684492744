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

    [Fact]
    public void A_Latin_letter_folds_alone_as_it_folds_beside_a_letter_of_another_script()
    {
        // Arrange: a CJK letter folds to itself and sends the word down the full folding path.
        const string other = "\u4E00";
        var letters = Enumerable.Range(0, 0x250).Select(c => (char)c).Where(c => !char.IsSurrogate(c)).ToList();

        // Act
        var mismatches = letters
            .Where(c => TextFolding.Fold($"Va{c}x") + other != TextFolding.Fold($"Va{c}x{other}"))
            .ToList();

        // Assert
        Assert.Empty(mismatches);
        Assert.Equal("stst aceeisuuz ssl", TextFolding.Fold("ŞŢșț ĄČĘĖĮŠŲŪŽ ßŁ"));
    }
}
