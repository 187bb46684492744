using HistoryBot.Core.Text;

namespace HistoryBot.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) => SentenceSplitter.Split(text).Select(r => text.Substring(r.Start, r.Length)).ToList();

    [Fact]
    public void Lithuanian_date_abbreviations_do_not_end_a_sentence()
    {
        var sentences = Split("Ji baigėsi 1954 m., būtent tada. 1954 m. Kovo 31 d. SSRS pateikė prašymą. Tai viskas.");

        Assert.Equal(["Ji baigėsi 1954 m., būtent tada.", "1954 m. Kovo 31 d. SSRS pateikė prašymą.", "Tai viskas."], sentences);
    }

    [Fact]
    public void Initials_do_not_end_a_sentence()
    {
        var sentences = Split("Guvernul a fost de acord cu liderul cubanez F. Castro. Apoi N.S. Hrușciov a vorbit cu JF Kennedy.");

        Assert.Equal(2, sentences.Count);
        Assert.EndsWith("F. Castro.", sentences[0]);
    }

    [Fact]
    public void A_closing_quote_stays_with_its_sentence()
    {
        var sentences = Split("He said: \"We are ready.\" Then he left.");

        Assert.Equal(["He said: \"We are ready.\"", "Then he left."], sentences);
    }
}
