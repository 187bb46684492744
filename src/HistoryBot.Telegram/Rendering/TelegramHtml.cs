using System.Text;
using HistoryBot.Core.Chat;

namespace HistoryBot.Telegram.Rendering;

/// <summary>Telegram's HTML subset: escape &amp;, &lt; and &gt; in text; b, i and code for styles.</summary>
public static class TelegramHtml
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        AppendEscaped(builder, text);
        return builder.ToString();
    }

    /// <summary>&amp; first is implied: each character is replaced once.</summary>
    public static void AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default: builder.Append(c); break;
            }
        }
    }

    public static int EscapedLength(char c) => c switch
    {
        '&' => 5,
        '<' or '>' => 4,
        _ => 1,
    };

    /// <summary>Opening tags of a style, outermost first; code innermost, as code may not contain other entities.</summary>
    public static void Open(StringBuilder builder, TextStyle style)
    {
        if (style.HasFlag(TextStyle.Bold))
            builder.Append("<b>");
        if (style.HasFlag(TextStyle.Italic))
            builder.Append("<i>");
        if (style.HasFlag(TextStyle.Code))
            builder.Append("<code>");
    }

    public static void Close(StringBuilder builder, TextStyle style)
    {
        if (style.HasFlag(TextStyle.Code))
            builder.Append("</code>");
        if (style.HasFlag(TextStyle.Italic))
            builder.Append("</i>");
        if (style.HasFlag(TextStyle.Bold))
            builder.Append("</b>");
    }

    public static int TagsLength(TextStyle style) =>
        (style.HasFlag(TextStyle.Bold) ? 7 : 0) + (style.HasFlag(TextStyle.Italic) ? 7 : 0) + (style.HasFlag(TextStyle.Code) ? 13 : 0);
}
