using System.Globalization;
using System.Text.RegularExpressions;
using HistoryBot.Core.Text;

namespace HistoryBot.Core.Search;

/// <summary>Recognises that a text names a date: a year, or a month name in one of the four languages.</summary>
public static partial class DatePattern
{
    /// <summary>A year, or a decade ("the early 80s", "anilor '50", "1950s").</summary>
    public static bool HasDate(string text) => Year().IsMatch(text) || Decades.Has(text);

    public static bool HasFullDate(string text) => Year().IsMatch(text) && NamesMonth(Text.TextFolding.Fold(text));

    [GeneratedRegex(@"(?<![\d.,])(1[0-9]{3}|20[0-9]{2})(?![\d])")]
    private static partial Regex Year();

    private static readonly HashSet<string> MonthWords = new(MonthNames.Words.Keys, StringComparer.Ordinal);

    /// <summary>
    /// Whether a folded text holds a month name as a whole word, as the pattern \b(name|…)\b
    /// would find it: some run of word characters is one of the names. Month names come from
    /// the one list (MonthNames), so a date the facts parser reads ("gegužėje 1954") is a full
    /// date for ranking too. A word scan, not a compiled regex: building one cost a fresh
    /// process a tenth of its first answer.
    /// </summary>
    private static bool NamesMonth(string folded)
    {
        var lookup = MonthWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < folded.Length)
        {
            if (!IsWordChar(folded[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < folded.Length && IsWordChar(folded[i]))
                i++;
            if (lookup.Contains(folded.AsSpan(start, i - start)))
                return true;
        }
        return false;
    }

    /// <summary>A word character as regular expressions' \b sees it (\w, and the zero-width joiners).</summary>
    private static bool IsWordChar(char c) =>
        c is '\u200C' or '\u200D' || char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
}
