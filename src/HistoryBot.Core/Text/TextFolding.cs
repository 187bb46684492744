using System.Globalization;
using System.Text;

namespace HistoryBot.Core.Text;

/// <summary>Case and diacritic folding, so "Varšuvos", "VARSUVOS" and "varsuvos" meet.</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        if (text.Length == 0)
            return text;

        // Fast path: plain ASCII only needs lower-casing.
        var ascii = true;
        foreach (var c in text)
        {
            if (c > 127) { ascii = false; break; }
        }
        if (ascii)
            return text.ToLowerInvariant();

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
