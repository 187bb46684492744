using System.Text;
using HistoryBot.Core.Chat;
using HistoryBot.Telegram.Rendering;
using HistoryBot.Telegram.Tests.Fakes;
using Xunit;

namespace HistoryBot.Telegram.Tests.Rendering;

public sealed class TelegramRendererTests
{
    [Fact]
    public void Answer_is_rendered_with_bold_matches_a_quoted_context_and_an_italic_citation()
    {
        // Arrange
        var reply = new Reply
        {
            Kind = ReplyKind.Answer,
            Title = "Notes & <Queries>",
            Body = RichText.Plain("In 1954 the ").Append("USSR", TextStyle.Bold).Append(" asked to join."),
            Context = RichText.Plain("Context with a < sign & an ampersand."),
            Footer = "Source · ¶3 · English",
        };

        // Act
        var text = Assert.Single(TelegramRenderer.Render(reply));

        // Assert
        Assert.Equal(
            "<b>Notes &amp; &lt;Queries&gt;</b>\n\nIn 1954 the <b>USSR</b> asked to join.\n\n" +
            "<blockquote expandable>Context with a &lt; sign &amp; an ampersand.</blockquote>\n\n<i>Source · ¶3 · English</i>",
            text.Html);
        Assert.Equal("Notes & <Queries>\n\nIn 1954 the USSR asked to join.\n\nContext with a < sign & an ampersand.\n\nSource · ¶3 · English", text.Plain);
        Assert.Empty(TelegramHtmlValidator.Validate(text.Html));
    }

    [Fact]
    public void Combined_styles_nest_with_code_innermost()
    {
        // Arrange
        var reply = new Reply { Kind = ReplyKind.Info, Body = new RichText([new TextSpan("id-1", TextStyle.Bold | TextStyle.Italic | TextStyle.Code)]) };

        // Act
        var html = TelegramRenderer.Render(reply)[0].Html;

        // Assert
        Assert.Equal("<b><i><code>id-1</code></i></b>", html);
        Assert.Empty(TelegramHtmlValidator.Validate(html));
    }

    [Fact]
    public void Long_text_without_buttons_is_split_at_sentence_boundaries()
    {
        // Arrange: 60 sentences of about 100 characters.
        var sentences = Enumerable.Range(1, 60).Select(i => $"Sentence number {i:00} tells of Khrushchev & Molotov and the note of March 31, 1954 to the West.").ToList();
        var reply = new Reply { Kind = ReplyKind.Info, Body = RichText.Plain(string.Join(' ', sentences)), Footer = "footer" };

        // Act
        var texts = TelegramRenderer.Render(reply, maxMessages: 4);

        // Assert
        Assert.Equal(2, texts.Count);
        Assert.All(texts, text => Assert.Empty(TelegramHtmlValidator.Validate(text.Html)));
        Assert.EndsWith("to the West.", texts[0].Plain);
        Assert.StartsWith("Sentence number", texts[1].Plain);
        Assert.EndsWith("footer", texts[1].Plain);
        Assert.Equal(string.Join(' ', sentences) + "\n\nfooter", texts[0].Plain + " " + texts[1].Plain);
    }

    [Fact]
    public void A_reply_that_must_stay_one_message_is_trimmed_at_a_sentence_and_keeps_its_citation()
    {
        // Arrange
        var paragraph = string.Join(' ', Enumerable.Range(1, 80).Select(i => $"This is sentence {i} of a very long paragraph about the 1954 note."));
        var reply = new Reply
        {
            Kind = ReplyKind.Answer,
            Title = "A source",
            Body = RichText.Plain("The best sentence."),
            Context = RichText.Plain(paragraph),
            Footer = "A source · ¶9 · English · 1/3",
            Buttons = [new ReplyButton("More results ▶", "more:abcdefghij:1")],
        };

        // Act
        var text = Assert.Single(TelegramRenderer.Render(reply, maxMessages: 1));

        // Assert
        Assert.True(text.Html.Length <= 4096);
        Assert.Empty(TelegramHtmlValidator.Validate(text.Html));
        Assert.Contains("of a very long paragraph about the 1954 note. …</blockquote>", text.Html);
        Assert.EndsWith("<i>A source · ¶9 · English · 1/3</i>", text.Html);
        Assert.StartsWith("<b>A source</b>\n\nThe best sentence.", text.Html);
    }

    [Fact]
    public void Text_without_any_break_is_cut_hard_but_never_inside_an_escape_or_a_surrogate_pair()
    {
        // Arrange: one enormous "word" of escapes and emoji.
        var body = string.Concat(Enumerable.Repeat("&<>😀", 1500));
        var reply = new Reply { Kind = ReplyKind.Info, Body = RichText.Bold(body) };

        // Act
        var texts = TelegramRenderer.Render(reply, maxMessages: 10);

        // Assert
        Assert.All(texts, text => Assert.Empty(TelegramHtmlValidator.Validate(text.Html)));
        Assert.All(texts, text => Assert.False(char.IsHighSurrogate(text.Plain[^1])));
        Assert.Equal(body, string.Concat(texts.Select(text => text.Plain)));
    }

    [Fact]
    public void Text_beyond_the_last_allowed_message_is_left_out_with_an_ellipsis()
    {
        // Arrange
        var body = string.Join(' ', Enumerable.Repeat("A sentence that repeats itself.", 1000));

        // Act
        var texts = TelegramRenderer.Render(new Reply { Kind = ReplyKind.Info, Body = RichText.Plain(body) }, maxMessages: 2);

        // Assert
        Assert.Equal(2, texts.Count);
        Assert.EndsWith("itself. …", texts[1].Plain);
        Assert.All(texts, text => Assert.True(text.Html.Length <= 4096));
    }

    [Fact]
    public void Buttons_go_in_rows_of_three_and_data_over_64_bytes_is_left_out()
    {
        // Arrange
        var buttons = new[]
        {
            new ReplyButton("◀ Previous", "more:abcdefghij:0"),
            new ReplyButton("More results ▶", "more:abcdefghij:2"),
            new ReplyButton("Source", "src:abcdefghij:1"),
            new ReplyButton("Other languages", "lang:abcdefghij"),
            new ReplyButton("Too long", "x:" + new string('ž', 32)),
            new ReplyButton("Empty", ""),
        };

        // Act
        var keyboard = TelegramRenderer.Keyboard(buttons)!;

        // Assert
        Assert.Equal([3, 1], keyboard.InlineKeyboard.Select(row => row.Count()));
        Assert.Equal("lang:abcdefghij", keyboard.InlineKeyboard.ElementAt(1).Single().CallbackData);
        Assert.Null(TelegramRenderer.Keyboard([]));
        Assert.All(keyboard.InlineKeyboard.SelectMany(row => row), button => Assert.InRange(Encoding.UTF8.GetByteCount(button.CallbackData!), 1, 64));
    }

    [Fact]
    public void Alerts_are_cut_to_200_characters()
    {
        // Arrange
        var reply = Reply.Error(string.Join(' ', Enumerable.Repeat("word", 100)));

        // Act
        var alert = TelegramRenderer.AlertText(reply);

        // Assert
        Assert.True(alert.Length <= 200);
        Assert.EndsWith("word…", alert);
    }

    [Fact]
    public void An_empty_reply_still_has_text()
    {
        // Act
        var text = Assert.Single(TelegramRenderer.Render(new Reply { Kind = ReplyKind.Info, Body = RichText.Plain("   ") }));

        // Assert
        Assert.Empty(TelegramHtmlValidator.Validate(text.Html));
    }
}
