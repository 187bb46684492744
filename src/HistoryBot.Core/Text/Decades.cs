using System.Globalization;
using System.Text.RegularExpressions;

namespace HistoryBot.Core.Text;

/// <summary>
/// Decades as the four languages write them, read one way for passages, questions and counts: "1950s", "the 80s",
/// "'50s", "1980-aisiais", "80-ųjų", "anii '80", "anilor 50", "dekada 80", "deceniul 50". A decade in words
/// ("anilor cincizeci", "devintajame dešimtmetyje") is read by the callers that need it.
/// </summary>
public static partial class Decades
{
    /// <summary>A decade in a text: its first year, and where it is written.</summary>
    public readonly record struct Found(int FirstYear, int Index, int Length);

    /// <summary>The words a decade's two digits follow, folded ("anilor '50", "dekada 80", "deceniului 50").</summary>
    public static IReadOnlySet<string> OpeningWords { get; } =
        new HashSet<string>(["anii", "anilor", "dekada", "decada", "deceniul", "deceniului"], StringComparer.Ordinal);

    /// <summary>
    /// The decades of the 1900s in Romanian words, folded, the tens in order ("zece" the 1910s … "nouazeci" the 1990s):
    /// after "anii", "anilor" a decade ("anii cincizeci"); alone a number ("cincizeci de ani", fifty years).
    /// </summary>
    public static IReadOnlyList<string> RomanianWords => RomanianTens;

    private static readonly string[] RomanianTens = ["zece", "douazeci", "treizeci", "patruzeci", "cincizeci", "saizeci", "saptezeci", "optzeci", "nouazeci"];

    /// <summary>The same in English ("the twenties" … "the nineties"), from the 1920s.</summary>
    private static readonly string[] EnglishTens = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

    /// <summary>The first year of the decade a folded word names, read as Romanian (after an opening word) or English; null for none.</summary>
    public static int? OfWord(string folded, bool romanian)
    {
        var at = Array.IndexOf(romanian ? RomanianTens : EnglishTens, folded);
        return at < 0 ? null : (romanian ? 1910 : 1920) + 10 * at;
    }

    /// <summary>Whether the text, as written or folded, names a decade.</summary>
    public static bool Has(string text) => Pattern().IsMatch(text);

    /// <summary>The decades a text, as written or folded, names, in order.</summary>
    public static IEnumerable<Found> In(string text) => Pattern().Matches(text).Select(Read);

    /// <summary>The first decade a text, as written or folded, names; null when it names none.</summary>
    public static Found? First(string text) => Pattern().Match(text) is { Success: true } match ? Read(match) : null;

    private static Found Read(Match match)
    {
        var digits = match.Groups["full"].Success ? match.Groups["full"].Value : match.Groups["short"].Value;
        var year = int.Parse(digits, CultureInfo.InvariantCulture);
        return new Found(year >= 100 ? year : 1900 + year, match.Index, match.Length);
    }

    /// <summary>
    /// The word at <paramref name="i"/> is a decade, not a count: "80s", "1950s", or two digits after an
    /// <see cref="OpeningWords">opening word</see> ("anilor '50": "cate tari faceau parte din CENTO?" is not answered by it).
    /// </summary>
    public static bool IsDecadeWord(IReadOnlyList<Token> tokens, int i) =>
        SuffixedWord().IsMatch(tokens[i].Folded) || (i > 0 && OpeningWords.Contains(tokens[i - 1].Folded) && tokens[i].Folded.Length == 2);

    /// <summary>
    /// A full decade with its suffix ("1950s", "1950 s", "1950's", "1980-aisiais", "1980-ųjų"), two digits after an
    /// opening word or an apostrophe ("anilor 50", "anii '80", "'50s"), or two digits with a suffix ("80s", "mid-50s",
    /// "80-ųjų"). Case and diacritics as written or folded.
    /// </summary>
    [GeneratedRegex(@"(?<!\d)(?:(?<full>1[5-9][0-9]0|20[0-9]0)(?:\s?['’]?s\b|-?ies\b|-(?:ais|uj|ųj|iej|ies)\w*)|(?:\b(?:anii|anilor|dekada|decada|deceniul|deceniului)\s+['’]?|['’])(?<short>[1-9]0)(?:-?s)?\b|\b(?<short>[1-9]0)(?:-?s\b|-(?:ais|uj|ųj)\w*))(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    [GeneratedRegex("^(1[0-9])?[0-9]0s$")]
    private static partial Regex SuffixedWord();
}
