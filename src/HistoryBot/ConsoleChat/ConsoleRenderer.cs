using HistoryBot.Core.Chat;
using Spectre.Console;

namespace HistoryBot.ConsoleChat;

/// <summary>Shows replies in a terminal: matched words in bold, context dimmed, buttons numbered.</summary>
internal static class ConsoleRenderer
{
    public static void Render(IAnsiConsole console, Reply reply)
    {
        var color = reply.Kind switch
        {
            ReplyKind.Error or ReplyKind.Refusal => "red",
            ReplyKind.RateLimited or ReplyKind.NotFound => "yellow",
            _ => "default",
        };
        if (reply.Title is not null)
            console.MarkupLine($"[bold underline]{Markup.Escape(reply.Title)}[/]");
        console.MarkupLine($"[{color}]{ToMarkup(reply.Body)}[/]");
        if (reply.Context is not null)
        {
            console.WriteLine();
            console.MarkupLine($"[grey]{ToMarkup(reply.Context)}[/]");
        }
        if (reply.Footer is not null)
            console.MarkupLine($"[italic grey]— {Markup.Escape(reply.Footer)}[/]");
        if (reply.Buttons.Count > 0)
        {
            var buttons = reply.Buttons.Select((button, index) => $"[blue][[{index + 1}]][/] {Markup.Escape(button.Label)}");
            console.MarkupLine(string.Join("   ", buttons));
        }
        console.WriteLine();
    }

    public static string ToMarkup(RichText text) =>
        string.Concat(text.Spans.Select(span =>
        {
            var escaped = Markup.Escape(span.Text);
            if (span.Style == TextStyle.Plain || escaped.Length == 0)
                return escaped;
            var styles = new List<string>();
            if (span.Style.HasFlag(TextStyle.Bold))
                styles.Add("bold");
            if (span.Style.HasFlag(TextStyle.Italic))
                styles.Add("italic");
            if (span.Style.HasFlag(TextStyle.Code))
                styles.Add("aqua");
            return $"[{string.Join(' ', styles)}]{escaped}[/]";
        }));
}
