using System.Text.RegularExpressions;

namespace HistoryBot.Core.Text;

/// <summary>
/// An ordinal written in digits ("20th", "20-ojo") as Romanian and Lithuanian history writing gives it, in Roman numerals
/// ("Congresul XX al PCUS", "XX suvažiavimas"): the folded Roman form, so the one finds the other.
/// </summary>
public static partial class RomanOrdinals
{
    private static readonly (int Value, string Numeral)[] Numerals =
        [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];

    /// <summary>
    /// The Roman numeral of the ordinal at a token of <paramref name="text"/>: written as one word ("20th") or with its
    /// ending after a hyphen ("20-ojo", "20-lea"), which the tokenizer splits off as a word of its own.
    /// </summary>
    public static string? At(string text, IReadOnlyList<Token> tokens, int index)
    {
        var folded = tokens[index].Folded;
        if (!char.IsDigit(folded[0]))
            return null;
        if (index + 1 < tokens.Count && tokens[index + 1].Start == tokens[index].End + 1 && text[tokens[index].End] == '-'
            && Of(folded + tokens[index + 1].Folded) is { } hyphenated)
            return hyphenated;
        return Of(folded);
    }

    /// <summary>The folded Roman numeral of a folded ordinal in digits ("20th", "20ojo" → "xx"); null for anything else, and for 1–3
    /// ("i", "ii", "iii" are too easily other words).</summary>
    public static string? Of(string folded)
    {
        if (Ordinal().Match(folded) is not { Success: true } match || !int.TryParse(match.Groups["n"].Value, out var value) || value is < 4 or > 3999)
            return null;
        var roman = new System.Text.StringBuilder();
        foreach (var (part, numeral) in Numerals)
        {
            for (; value >= part; value -= part)
                roman.Append(numeral);
        }
        return roman.ToString();
    }

    [GeneratedRegex(@"^(?<n>[0-9]{1,4})(st|nd|rd|th|-?(ojo|oji|asis|osios|ajame|ajam|ame|as|oje|ajai|lea|a))$")]
    private static partial Regex Ordinal();
}
