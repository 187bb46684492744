using System.Text;

namespace HistoryBot.Core.Answers;

/// <summary>A text with the words that matched the question marked, independent of any platform's markup.</summary>
public sealed record MarkedText(string Text, IReadOnlyList<TextRange> Marks)
{
    public static MarkedText Plain(string text) => new(text, []);

    /// <summary>The text cut into runs, each either marked or not, in order.</summary>
    public IEnumerable<(string Text, bool Marked)> Runs()
    {
        var position = 0;
        foreach (var mark in Marks.OrderBy(mark => mark.Start))
        {
            if (mark.Start < position || mark.End > Text.Length)
                continue;
            if (mark.Start > position)
                yield return (Text[position..mark.Start], false);
            yield return (Text.Substring(mark.Start, mark.Length), true);
            position = mark.End;
        }
        if (position < Text.Length)
            yield return (Text[position..], false);
    }

    /// <summary>The text with marked words between double asterisks, as in plain-text output.</summary>
    public string ToMarkdown()
    {
        var builder = new StringBuilder(Text.Length + Marks.Count * 4);
        foreach (var (text, marked) in Runs())
            builder.Append(marked ? "**" + text + "**" : text);
        return builder.ToString();
    }
}
