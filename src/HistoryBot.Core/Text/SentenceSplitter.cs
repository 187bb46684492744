using System.Runtime.CompilerServices;
using HistoryBot.Core.Answers;

namespace HistoryBot.Core.Text;

/// <summary>
/// Splits a paragraph into sentences without breaking at initials ("N.S. Hrușciov",
/// "F. Castro"), Lithuanian date abbreviations ("1954 m. Kovo 31 d.") or decimal numbers.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "vs", "no", "nr", "pvz", "gen", "prof", "jr", "sr", "e.g", "i.e", "dl", "dna", "sf", "g", "sen", "col", "lt",
    };

    /// <summary>
    /// The sentences of <paramref name="text"/>, in one pass: a run of closing punctuation is
    /// looked at once, never again from each of its characters, so "......" of any length costs
    /// what its length costs.
    /// </summary>
    public static List<TextRange> Split(string text)
    {
        var sentences = new List<TextRange>();
        var start = SkipSpace(text, 0);
        for (var i = start; i < text.Length; i++)
        {
            if (!IsTerminator(text[i]))
                continue;
            var end = i + 1;
            var strong = text[i] != '.';
            while (end < text.Length && (IsTerminator(text[end]) || IsCloser(text[end])))
            {
                strong |= text[end] is '!' or '?' or '…';
                end++;
            }
            // Every character of the run would reach the same end: skip the run as a whole.
            if (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                i = end - 1;
                continue;
            }
            var next = SkipSpace(text, end);
            if (next >= text.Length)
                break;
            if (!strong && !EndsSentence(text, i, next))
            {
                i = end - 1;
                continue;
            }
            sentences.Add(new TextRange(start, TrimEnd(text, start, end) - start));
            start = next;
            i = next - 1;
        }
        if (start < text.Length)
            sentences.Add(new TextRange(start, TrimEnd(text, start, text.Length) - start));
        return sentences.Where(sentence => sentence.Length > 0).ToList();
    }

    // Asked of every character: inlined always. The profiling (instrumented) versions of the
    // loops that run through a large build's first seconds called it per character, each call
    // counted by the runtime (a profile of that build).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '»' or '“' or ')' or '’';

    private static bool EndsSentence(string text, int period, int next)
    {
        var following = text[next];
        if (char.IsLower(following))
            return false;
        var wordStart = period;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.'))
            wordStart--;
        var word = text[wordStart..period];
        if (word.Length == 0)
            return true;
        if (Abbreviations.Contains(word))
            return false;
        // Initials: "F." "NS." "N.S." "JF."
        if (word.Length <= 2 && word.All(char.IsUpper))
            return false;
        if (word.Contains('.') && word.Replace(".", "").All(char.IsUpper))
            return false;
        // "1954 m." and "31 d.": a one-letter lower-case word after a number abbreviates a unit.
        if (word.Length == 1 && char.IsLower(word[0]))
        {
            var before = wordStart - 1;
            while (before >= 0 && text[before] == ' ')
                before--;
            if (before >= 0 && char.IsDigit(text[before]))
                return false;
        }
        return true;
    }

    private static int SkipSpace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
            position++;
        return position;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return end;
    }
}
