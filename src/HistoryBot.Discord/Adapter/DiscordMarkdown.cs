using System.Text;
using HistoryBot.Core.Chat;

namespace HistoryBot.Discord.Adapter;

/// <summary>
/// Rich text as Discord markdown: bold **…**, italic *…*, code `…`, everything else escaped so
/// a source's asterisks or a user's underscores show as typed. Cut to a length limit without
/// breaking a marker.
/// </summary>
internal static class DiscordMarkdown
{
    private const string Ellipsis = "…";

    public static string Render(RichText text, int maxLength)
    {
        var spans = Merge(text.Spans);
        var rendered = RenderSpans(spans);
        if (rendered.Length <= maxLength)
            return rendered;
        // Markup and escapes make the rendered text longer than the plain text: start from the
        // plain length in proportion, then shrink by the overshoot until the rendering fits.
        var plain = spans.Sum(span => span.Text.Length);
        var budget = (int)((long)plain * maxLength / rendered.Length) - Ellipsis.Length;
        while (budget > 0)
        {
            rendered = RenderSpans(Cut(spans, budget));
            if (rendered.Length <= maxLength)
                return rendered;
            budget -= Math.Max(1, rendered.Length - maxLength);
        }
        return Ellipsis;
    }

    /// <summary>Plain text cut to <paramref name="maxLength"/>, for titles, footers and labels.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
            return text;
        var cut = maxLength - Ellipsis.Length;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
            cut--;
        return text[..Math.Max(0, cut)].TrimEnd() + Ellipsis;
    }

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var lineStart = true;
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '[' or ']'
                || (lineStart && c is '>' or '#' or '-'))
                builder.Append('\\');
            builder.Append(c);
            if (c == '\n')
                lineStart = true;
            else if (!char.IsWhiteSpace(c))
                lineStart = false;
        }
        return builder.ToString();
    }

    private static string RenderSpans(IReadOnlyList<TextSpan> spans)
    {
        var builder = new StringBuilder();
        foreach (var span in spans)
        {
            if (span.Style == TextStyle.Plain)
            {
                builder.Append(Escape(span.Text));
                continue;
            }
            // Discord does not render "** word**": keep the white space outside the markers.
            var text = span.Text;
            var start = 0;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
                start++;
            var end = text.Length;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
                end--;
            builder.Append(text, 0, start);
            if (end > start)
            {
                var core = text[start..end];
                string inner;
                if (span.Style.HasFlag(TextStyle.Code))
                    inner = core.Contains('`') ? "`` " + core + " ``" : "`" + core + "`";
                else
                    inner = Escape(core);
                if (span.Style.HasFlag(TextStyle.Italic))
                    inner = "*" + inner + "*";
                if (span.Style.HasFlag(TextStyle.Bold))
                    inner = "**" + inner + "**";
                builder.Append(inner);
            }
            builder.Append(text, end, text.Length - end);
        }
        return builder.ToString();
    }

    /// <summary>Neighbouring spans of one style become one, so "**a****b**" never happens.</summary>
    private static List<TextSpan> Merge(IReadOnlyList<TextSpan> spans)
    {
        var merged = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (span.Text.Length == 0)
                continue;
            if (merged.Count > 0 && merged[^1].Style == span.Style)
                merged[^1] = merged[^1] with { Text = merged[^1].Text + span.Text };
            else
                merged.Add(span);
        }
        return merged;
    }

    private static List<TextSpan> Cut(IReadOnlyList<TextSpan> spans, int budget)
    {
        var cut = new List<TextSpan>();
        foreach (var span in spans)
        {
            if (budget <= 0)
                break;
            if (span.Text.Length <= budget)
            {
                cut.Add(span);
                budget -= span.Text.Length;
                continue;
            }
            var length = budget;
            if (char.IsHighSurrogate(span.Text[length - 1]))
                length--;
            cut.Add(span with { Text = span.Text[..length] });
            break;
        }
        if (cut.Count > 0)
            cut[^1] = cut[^1] with { Text = cut[^1].Text.TrimEnd() };
        cut.Add(new TextSpan(Ellipsis));
        return cut;
    }
}
