using System.Globalization;
using System.Runtime.CompilerServices;

namespace HistoryBot.Core.Text;

/// <summary>
/// Splits text into words: runs of letters and digits. Everything else — punctuation,
/// FTS5 operators, quotes, control characters — separates words and is never a word; nor is a
/// run of combining marks that folds to nothing.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, int.MaxValue);

    /// <summary>The first <paramref name="limit"/> words of a text.</summary>
    public static List<Token> Tokenize(string text, int limit)
    {
        var tokens = new List<Token>(Math.Min(limit, text.Length / 6 + 1));
        var i = 0;
        while (i < text.Length && tokens.Count < limit)
        {
            if (!IsWordChar(text, i))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (IsWordChar(text, i) || IsJoiner(text, i)))
                i++;
            var surface = text[start..i];
            var folded = TextFolding.Fold(surface);
            // Combining marks with no letter to sit on fold to nothing: not a word.
            if (folded.Length > 0)
                tokens.Add(new Token(start, i - start, surface, folded));
        }
        return tokens;
    }

    // Asked of every character: inlined always. The profiling (instrumented) versions of the
    // loop that run through a large build's first seconds called it per character, each call
    // counted by the runtime (a profile of that build).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(string text, int i)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(text[i]);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    // Digits joined by a dot or comma ("6.000", "1954-1956" is split on purpose) stay one number.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsJoiner(string text, int i) =>
        (text[i] is '.' or ',') && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
}
