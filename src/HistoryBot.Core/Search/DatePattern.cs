using System.Text.RegularExpressions;
using HistoryBot.Core.Text;

namespace HistoryBot.Core.Search;

/// <summary>Recognises that a text names a date: a year, or a month name in one of the four languages.</summary>
public static partial class DatePattern
{
    /// <summary>A year, or a decade ("the early 80s", "anilor '50", "1950s").</summary>
    public static bool HasDate(string text) => Year().IsMatch(text) || Decade().IsMatch(text);

    public static bool HasFullDate(string text) => Year().IsMatch(text) && MonthPattern.IsMatch(Text.TextFolding.Fold(text));

    [GeneratedRegex(@"(?<![\d.,])(1[0-9]{3}|20[0-9]{2})(?![\d])")]
    private static partial Regex Year();

    [GeneratedRegex(@"(['’][0-9]0\b)|(\b(1[0-9])?[0-9]0-?(s|ies|-ies|-aisiais|-aisiais|-ųjų|-uju)\b)")]
    private static partial Regex Decade();

    // Month names come from the one list (MonthNames), so a date the facts parser reads
    // ("gegužėje 1954") is a full date for ranking too.
    private static readonly Regex MonthPattern = new(
        @"\b(" + string.Join('|', MonthNames.Words.Keys.OrderByDescending(word => word.Length).Select(Regex.Escape)) + @")\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);
}
