using HistoryBot.Core.Chat;
using HistoryBot.Discord.Adapter;

namespace HistoryBot.Discord.Tests.Adapter;

public sealed class DiscordMarkdownTests
{
    [Fact]
    public void Matched_words_become_bold_and_markdown_in_the_source_is_shown_as_typed()
    {
        var text = new RichText([new("The "), new("USSR", TextStyle.Bold), new(" asked *twice* in 1954_55.")]);

        var rendered = DiscordMarkdown.Render(text, 4096);

        Assert.Equal(@"The **USSR** asked \*twice\* in 1954\_55.", rendered);
    }

    [Fact]
    public void White_space_stays_outside_the_bold_markers()
    {
        var text = new RichText([new("join"), new(" NATO ", TextStyle.Bold), new("now")]);

        Assert.Equal("join **NATO** now", DiscordMarkdown.Render(text, 100));
    }

    [Fact]
    public void Neighbouring_bold_words_are_one_bold_run()
    {
        var text = new RichText([new("Soviet", TextStyle.Bold), new(" Union", TextStyle.Bold)]);

        Assert.Equal("**Soviet Union**", DiscordMarkdown.Render(text, 100));
    }

    [Fact]
    public void Quote_and_heading_marks_at_a_line_start_are_escaped()
    {
        Assert.Equal("\\> quoted\n\\# heading\n\\- item and a-b", DiscordMarkdown.Escape("> quoted\n# heading\n- item and a-b"));
    }

    [Fact]
    public void Long_text_is_cut_within_the_limit_without_breaking_a_bold_run()
    {
        var spans = Enumerable.Range(0, 400).SelectMany(i => new TextSpan[] { new("word "), new("match", TextStyle.Bold), new(" _x_ ") }).ToList();
        var text = new RichText(spans);

        var rendered = DiscordMarkdown.Render(text, 1024);

        Assert.InRange(rendered.Length, 900, 1024);
        Assert.EndsWith("…", rendered);
        Assert.Equal(0, CountOf(rendered, "**") % 2);
    }

    [Fact]
    public void Plain_text_is_truncated_with_an_ellipsis()
    {
        Assert.Equal("abcd…", DiscordMarkdown.Truncate("abcdefghij", 5));
        Assert.Equal("short", DiscordMarkdown.Truncate("short", 5));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
