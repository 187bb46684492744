using System.Globalization;
using System.Text;

namespace HistoryBot.Core.Text;

/// <summary>Case and diacritic folding, so "Varšuvos", "VARSUVOS" and "varsuvos" meet.</summary>
public static class TextFolding
{
    // Below U+0250 (Latin letters, no combining marks) a character folds the same alone as in a
    // word, so each one's folding is worked out once by the full path below.
    private const char LatinEnd = '\u0250';

    private static readonly string[] LatinFolds = Enumerable.Range(0, LatinEnd).Select(c => FoldSlowly(((char)c).ToString())).ToArray();

    public static string Fold(string text)
    {
        if (text.Length == 0)
            return text;

        // Fast path: plain ASCII only needs lower-casing.
        var ascii = true;
        var latin = true;
        foreach (var c in text)
        {
            if (c > 127)
            {
                ascii = false;
                if (c >= LatinEnd)
                {
                    latin = false;
                    break;
                }
            }
        }
        if (ascii)
            return text.ToLowerInvariant();
        if (latin)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
                builder.Append(LatinFolds[c]);
            return builder.ToString();
        }
        return FoldSlowly(text);
    }

    private static string FoldSlowly(string text)
    {
        // Normalize throws on a lone surrogate or the noncharacter U+FFFE (a broken question or
        // file): each becomes U+FFFD.
        var decomposed = ReplaceInvalidCharacters(text).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            builder.Append(c switch
            {
                'ß' => "ss",
                'ł' => "l",
                'ø' => "o",
                'đ' => "d",
                'ı' => "i",
                'æ' => "ae",
                'œ' => "oe",
                _ => c.ToString(),
            });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string ReplaceInvalidCharacters(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var valid = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) ? i > 0 && char.IsHighSurrogate(text[i - 1])
                : c is not ('\uFFFE' or '\uFFFF');
            if (valid)
            {
                builder?.Append(c);
                continue;
            }
            builder ??= new StringBuilder(text, 0, i, text.Length);
            builder.Append('\uFFFD');
        }
        return builder?.ToString() ?? text;
    }
}
