using System.Text;
using HistoryBot.Core.Answers;

namespace HistoryBot.Core.Chat;

/// <summary>Platform-neutral formatted text: spans of plain, bold, italic or code text.</summary>
public sealed record RichText(IReadOnlyList<TextSpan> Spans)
{
    public static RichText Empty { get; } = new([]);

    public int Length => Spans.Sum(span => span.Text.Length);

    public static RichText Plain(string text) => new([new TextSpan(text)]);

    public static RichText Bold(string text) => new([new TextSpan(text, TextStyle.Bold)]);

    /// <summary>Marked words of a passage become bold.</summary>
    public static RichText From(MarkedText marked) =>
        new(marked.Runs().Select(run => new TextSpan(run.Text, run.Marked ? TextStyle.Bold : TextStyle.Plain)).ToList());

    public RichText Append(RichText other) => new([.. Spans, .. other.Spans]);

    public RichText Append(string text, TextStyle style = TextStyle.Plain) => new([.. Spans, new TextSpan(text, style)]);

    /// <summary>The text without any styling.</summary>
    public string ToPlainText()
    {
        var builder = new StringBuilder();
        foreach (var span in Spans)
            builder.Append(span.Text);
        return builder.ToString();
    }

    /// <summary>Bold as **…**, italic as _…_, code as `…`: for logs, eval output and plain consoles.</summary>
    public string ToMarkdown()
    {
        var builder = new StringBuilder();
        foreach (var span in Spans)
        {
            var text = span.Text;
            if (span.Style.HasFlag(TextStyle.Code))
                text = "`" + text + "`";
            if (span.Style.HasFlag(TextStyle.Italic))
                text = "_" + text + "_";
            if (span.Style.HasFlag(TextStyle.Bold))
                text = "**" + text + "**";
            builder.Append(text);
        }
        return builder.ToString();
    }
}
