using System.Text.RegularExpressions;

namespace HistoryBot.Core.Search;

/// <summary>Recognises that a text names a date: a year, or a month name in one of the four languages.</summary>
public static partial class DatePattern
{
    /// <summary>A year, or a decade ("the early 80s", "anilor '50", "1950s").</summary>
    public static bool HasDate(string text) => Year().IsMatch(text) || Decade().IsMatch(text);

    public static bool HasFullDate(string text) => Year().IsMatch(text) && Month().IsMatch(Text.TextFolding.Fold(text));

    [GeneratedRegex(@"(?<![\d.,])(1[0-9]{3}|20[0-9]{2})(?![\d])")]
    private static partial Regex Year();

    [GeneratedRegex(@"(['’][0-9]0\b)|(\b(1[0-9])?[0-9]0-?(s|ies|-ies|-aisiais|-aisiais|-ųjų|-uju)\b)")]
    private static partial Regex Decade();

    [GeneratedRegex(@"\b(january|february|march|april|may|june|july|august|september|october|november|december|sausio|vasario|kovo|balandzio|geguzes|birzelio|liepos|rugpjucio|rugsejo|spalio|lapkricio|gruodzio|enero|pebrero|marso|abril|mayo|hunyo|hulyo|agosto|setyembre|oktubre|nobyembre|disyembre|ianuarie|februarie|martie|aprilie|mai|iunie|iulie|septembrie|octombrie|noiembrie|decembrie)\b")]
    private static partial Regex Month();
}
