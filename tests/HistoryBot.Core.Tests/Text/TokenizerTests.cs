using HistoryBot.Core.Text;

namespace HistoryBot.Core.Tests.Text;

public sealed class TokenizerTests
{
    [Fact]
    public void Query_syntax_characters_are_separators_never_words()
    {
        var tokens = Tokenizer.Tokenize("\"NATO\" NEAR(USSR* ^join) text:1954 OR -pact {x} \u0001\u0007");

        Assert.Equal(["NATO", "NEAR", "USSR", "join", "text", "1954", "OR", "pact", "x"], tokens.Select(t => t.Surface));
    }

    [Fact]
    public void Tokens_remember_where_they_stand_and_fold_case_and_diacritics()
    {
        var tokens = Tokenizer.Tokenize("Varšuvos PAKTĄ");

        Assert.Equal(new Token(0, 8, "Varšuvos", "varsuvos"), tokens[0]);
        Assert.Equal(new Token(9, 5, "PAKTĄ", "pakta"), tokens[1]);
    }

    [Fact]
    public void Numbers_with_thousands_separators_stay_one_token()
    {
        var tokens = Tokenizer.Tokenize("aproximativ 6.000 de întreprinderi, în 1954-1956.");

        Assert.Contains(tokens, t => t.Surface == "6.000");
        Assert.Contains(tokens, t => t.Surface == "1954");
        Assert.Contains(tokens, t => t.Surface == "1956");
    }

    [Fact]
    public void A_word_that_folds_to_nothing_is_not_a_token()
    {
        var tokens = Tokenizer.Tokenize("NATO \u0301 1954 \u0301\u0302");

        Assert.Equal(["nato", "1954"], tokens.Select(token => token.Folded));
        Assert.All(tokens, token => Assert.NotEqual("", token.Folded));
    }
}
