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

    // Not a speed measurement (bench does that): before the fix a run of a million dots took
    // minutes (every dot rescanned the run), so the test would hang far past its timeout.
    [Fact(Timeout = 20_000)]
    public async Task A_million_dots_split_in_one_pass()
    {
        var text = "Start. " + new string('.', 1_000_000) + " End. " + string.Concat(Enumerable.Repeat("?!", 200_000)) + "x Last.";

        var sentences = await Task.Run(() => SentenceSplitter.Split(text));

        Assert.Equal(4, sentences.Count);
        Assert.Equal("Start.", text.Substring(sentences[0].Start, sentences[0].Length));
        Assert.EndsWith("x Last.", text.Substring(sentences[^1].Start, sentences[^1].Length));
    }

    [Fact(Timeout = 20_000)]
    public async Task A_million_dots_between_words_split_in_one_pass()
    {
        var text = "Mr" + string.Concat(Enumerable.Repeat(". a", 300_000)) + new string('.', 500_000) + "x B.";

        var sentences = await Task.Run(() => SentenceSplitter.Split(text));

        Assert.Equal(text.Length, sentences[^1].End);
    }

    [Fact]
    public void A_run_of_dots_ends_a_sentence_like_one_dot()
    {
        var sentences = Split("He waited... Then he left. Dr. Who came.. Then?! Nobody.");

        Assert.Equal(["He waited...", "Then he left.", "Dr. Who came..", "Then?!", "Nobody."], sentences);
    }
}
