using System.Globalization;
using System.Text.RegularExpressions;
using HistoryBot.Core.Text;

namespace HistoryBot.Core.Facts;

/// <summary>
/// Reads the dates a sentence states, in English, Lithuanian, Tagalog and Romanian, typed with
/// or without diacritics: "On March 31, 1954", "1954 m. Kovo 31 d.", "Noong Marso 31, 1954",
/// "31 martie 1954", "At the end of August 1952", "În 1963", "(1956)", "1954-1956", "the 80s",
/// "anilor '50". Works on the folded text, so month names match in any case and spelling.
/// </summary>
public static class FactDateParser
{
    private const string Year = @"(?:1[0-9]{3}|20[0-9]{2})";
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly string Months =
        "(?<mon>" + string.Join('|', MonthNames.Forms.Keys.OrderByDescending(form => form.Length).Select(Regex.Escape)) + ")";

    // A number is a year only when it is not part of a longer number ("6.000") or a count of something.
    private const string NotPartOfNumber = @"(?<![\d.,\p{L}])";
    private const string NotACount = @"(?![\d]|[.,]\d|\s*(?:%|km\b|kilomet|metr|meters|people|persons|oameni|zmon|katao|de\s+(?!catre)))";

    private static readonly DateRegex[] DayPatterns =
    [
        // ISO: 1954-03-31
        new($@"{NotPartOfNumber}(?<y>{Year})-(?<m>[01][0-9])-(?<d>[0-3][0-9])(?!\d)"),
        // Lithuanian: 1954 m. kovo 31 d., 1954-ųjų kovo 31-ąją
        new($@"{NotPartOfNumber}(?<y>{Year})(?:\s*m\.?|-[a-z]+),?\s+{Months}\s+(?<d>[0-3]?[0-9])(?!\d)"),
        // English and Tagalog: March 31, 1954 · Marso 31, 1954 · May 7th 1954
        new($@"\b{Months}\.?\s+(?<d>[0-3]?[0-9])(?:st|nd|rd|th)?,?\s+(?:of\s+)?(?<y>{Year}){NotACount}", opensWithMonth: true),
        // Day first: 31 March 1954 · 31 martie 1954 · 31st of March, 1954 · ika-31 ng Marso, 1954
        new($@"(?:\bika-?\s*)?{NotPartOfNumber}(?<d>[0-3]?[0-9])(?:st|nd|rd|th)?\s+(?:of\s+|ng\s+)?{Months}\b\.?,?\s+(?:(?:of|din|ng)\s+)?(?<y>{Year}){NotACount}"),
    ];

    private static readonly DateRegex[] MonthPatterns =
    [
        // Lithuanian: 1954 m. gegužę, 1954 m. gegužės mėn.
        new($@"{NotPartOfNumber}(?<y>{Year})(?:\s*m\.?|-[a-z]+),?\s+{Months}\b(?!\s+[0-3]?[0-9](?!\d))"),
        // August 1952 · early May 1954 · martie 1954 · Marso ng 1954
        new($@"\b{Months}\.?\s+(?:(?:of|de|din|ng|noong)\s+)?(?<y>{Year}){NotACount}", opensWithMonth: true),
    ];

    // anii cincizeci · anilor optzeci (the one date without a digit)
    private static readonly DateRegex DecadeWordsPattern =
        new($@"\b(?:anii|anilor)\s+(?<w>{string.Join('|', Decades.RomanianWords)})\b");

    private static readonly DateRegex[] DecadePatterns =
    [
        // the 70-80s · '50s-'60s
        new(@"(?<![\w'’])['’]?(?<c>1[0-9]|20)?(?<d>[0-9]0)(?:['’]?s)?\s*[-–]\s*['’]?(?:1[0-9]|20)?(?<e>[0-9]0)['’]?s\b"),
        // the 1950s · the '50s · the early 80s · 50's
        new(@"(?<![\w'’])['’]?(?<c>1[0-9]|20)?(?<d>[0-9]0)['’]?s\b"),
        // anii '50 · anilor 1950 · anilor cincizeci · dekada ng 1950
        new(@"\b(?:anii|anilor|dekada\s+(?:ng\s+)?)\s*['’]?(?<c>1[0-9]|20)?(?<d>[0-9]0)(?!\d)"),
        DecadeWordsPattern,
    ];

    private static readonly DateRegex[] DecadeWordPatterns = [DecadeWordsPattern];

    private static readonly DateRegex[] YearPatterns =
    [
        // 1954-1956 · 1954–56
        new($@"{NotPartOfNumber}(?<y>{Year})\s*[-–—]\s*(?<e>{Year}|[0-9]{{2}}){NotACount}"),
        // in 1954 · (1956) · 1942 m.
        new($@"{NotPartOfNumber}(?<y>{Year}){NotACount}"),
    ];

    // The day and month patterns without a month name: without one, the others cannot match.
    private static readonly DateRegex[] NumericDayPatterns = [DayPatterns[0]];

    /// <summary>
    /// The patterns that read a month name, as written (those that open with one are tried
    /// anchored): none matches a text that <see cref="NamesAMonth"/> finds no month name in.
    /// </summary>
    internal static IReadOnlyList<string> MonthNamePatterns { get; } = [.. DayPatterns.Skip(1).Select(pattern => pattern.Pattern), .. MonthPatterns.Select(pattern => pattern.Pattern)];

    /// <summary>The patterns of <see cref="MonthNamePatterns"/> that open with the month name: each of their matches starts at one of <see cref="MonthWordStarts"/>.</summary>
    internal static IReadOnlyList<string> PatternsOpeningWithMonth { get; } =
        [.. DayPatterns.Concat(MonthPatterns).Where(pattern => pattern.OpensWithMonth).Select(pattern => pattern.Pattern)];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthForms =
        MonthNames.Forms.Keys.ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The most precise date of a sentence (the first among equals), or null when it states none.</summary>
    public static FactDate? Parse(string text)
    {
        FactDate? best = null;
        foreach (var mention in FindAll(text))
        {
            if (best is null || mention.Date.Precision > best.Precision)
                best = mention.Date;
        }
        return best;
    }

    /// <summary>
    /// The date <see cref="Parse"/> gives, when it is dated to the month or the day; null
    /// otherwise. Only the day and month patterns are tried: they are tried first in
    /// <see cref="FindAll"/> too, so they find the same spans.
    /// </summary>
    public static FactDate? ParseToTheMonth(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
            return null;
        var folded = TextFolding.Fold(text);
        var monthWords = MonthWordStarts(folded);
        var namesMonth = monthWords.Count > 0;
        // Most sentences name no month and have no ISO date to read.
        if (!namesMonth && !MayHoldIsoDate(folded))
            return null;
        var mentions = new List<DateMention>();
        var taken = new bool[folded.Length];
        Collect(folded, namesMonth ? DayPatterns : NumericDayPatterns, monthWords, taken, mentions, ReadDay);
        if (namesMonth)
            Collect(folded, MonthPatterns, monthWords, taken, mentions, ReadMonth);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        FactDate? best = null;
        foreach (var mention in mentions)
        {
            if (best is null || mention.Date.Precision > best.Precision)
                best = mention.Date;
        }
        return best;
    }

    /// <summary>Every date a text mentions, in order; a span counts once, as its most precise reading.</summary>
    public static IReadOnlyList<DateMention> FindAll(string text)
    {
        var folded = TextFolding.Fold(text);
        var mentions = new List<DateMention>();
        var taken = new bool[folded.Length];
        // Every pattern but the decades in words needs a digit 0-9, and folding makes none.
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            Collect(folded, DecadeWordPatterns, [], taken, mentions, ReadDecade);
            return mentions;
        }
        var monthWords = MonthWordStarts(folded);
        var namesMonth = monthWords.Count > 0;
        if (namesMonth || MayHoldIsoDate(folded))
            Collect(folded, namesMonth ? DayPatterns : NumericDayPatterns, monthWords, taken, mentions, ReadDay);
        if (namesMonth)
            Collect(folded, MonthPatterns, monthWords, taken, mentions, ReadMonth);
        Collect(folded, DecadePatterns, monthWords, taken, mentions, ReadDecade);
        Collect(folded, YearPatterns, monthWords, taken, mentions, ReadYear);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    /// <summary>
    /// Whether a month name (any of <see cref="MonthNames.Forms"/>) stands in the folded text as
    /// a whole word, letters and digits on neither side. Every pattern that reads a month name
    /// needs one: each has the name between a space or word boundary and a space, dot or word
    /// boundary. Without one they are not tried: trying the month names at every letter that
    /// could start one was most of the date patterns' time in a large build.
    /// </summary>
    internal static bool NamesAMonth(string folded) => MonthWordStarts(folded).Count > 0;

    /// <summary>An ISO date ("1954-03-31", the one day pattern without a month name) needs a hyphen.</summary>
    private static bool MayHoldIsoDate(string folded) => folded.Contains('-', StringComparison.Ordinal);

    /// <summary>Where the month names of <see cref="NamesAMonth"/> start in the folded text, in order.</summary>
    internal static List<int> MonthWordStarts(string folded)
    {
        var starts = new List<int>();
        var text = folded.AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
                i++;
            if (MonthForms.Contains(text[start..i]))
                starts.Add(start);
        }
        return starts;
    }

    private static void Collect(string folded, DateRegex[] patterns, List<int> monthWords, bool[] taken, List<DateMention> into, Func<Match, FactDate?> read)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.OpensWithMonth)
            {
                // Its matches, as Matches would find them: each starts at a month word, and the
                // next is looked for from where the last one ended.
                var from = 0;
                foreach (var start in monthWords)
                {
                    if (start < from || pattern.Regex.Match(folded, start) is not { Success: true } match)
                        continue;
                    Take(match, taken, into, read);
                    from = match.Index + match.Length;
                }
                continue;
            }
            foreach (Match match in pattern.Regex.Matches(folded))
                Take(match, taken, into, read);
        }
    }

    /// <summary>A match is a mention when it reads as a date and no earlier mention holds any of its text.</summary>
    private static void Take(Match match, bool[] taken, List<DateMention> into, Func<Match, FactDate?> read)
    {
        if (Overlaps(taken, match.Index, match.Length) || read(match) is not { } date)
            return;
        Array.Fill(taken, true, match.Index, match.Length);
        into.Add(new DateMention(date, match.Index, match.Length));
    }

    private static FactDate? ReadDay(Match match)
    {
        var year = Number(match.Groups["y"]);
        var month = match.Groups["m"].Success ? Number(match.Groups["m"]) : MonthNames.MonthOf(match.Groups["mon"].Value);
        var day = Number(match.Groups["d"]);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? FactDate.OnDay(year, month, day)
            : null;
    }

    private static FactDate? ReadMonth(Match match) =>
        MonthNames.MonthOf(match.Groups["mon"].Value) is var month and > 0 ? FactDate.InMonth(Number(match.Groups["y"]), month) : null;

    private static FactDate? ReadDecade(Match match)
    {
        if (match.Groups["w"].Success)
            return FactDate.InDecade(Decades.OfWord(match.Groups["w"].Value, romanian: true)!.Value);
        // A bare "'50s" is the twentieth century's: the sources are about it.
        var century = match.Groups["c"].Success ? Number(match.Groups["c"]) * 100 : 1900;
        var first = century + Number(match.Groups["d"]);
        if (!match.Groups["e"].Success)
            return FactDate.InDecade(first);
        var last = century + Number(match.Groups["e"]);
        return last > first ? FactDate.InDecade(first, last + 9) : null;
    }

    private static FactDate? ReadYear(Match match)
    {
        var year = Number(match.Groups["y"]);
        if (!match.Groups["e"].Success)
            return FactDate.InYear(year);
        var end = Number(match.Groups["e"]);
        if (end < 100)
            end += year / 100 * 100;
        return end > year ? FactDate.InYear(year, end) : null;
    }

    private static bool Overlaps(bool[] taken, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (taken[i])
                return true;
        }
        return false;
    }

    private static int Number(Group group) => int.Parse(group.Value, CultureInfo.InvariantCulture);

    /// <summary>
    /// A date pattern. One that opens with a month name is compiled anchored (\G) and tried only
    /// where <see cref="MonthWordStarts"/> finds a month name, the only places any of its matches
    /// can start: scanning for them tried the month names at nearly every letter, which was a
    /// fifth of mining the facts of a large corpus.
    /// </summary>
    private sealed class DateRegex(string pattern, bool opensWithMonth = false)
    {
        /// <summary>The pattern as written, unanchored.</summary>
        public string Pattern { get; } = pattern;

        public bool OpensWithMonth { get; } = opensWithMonth;

        public Regex Regex { get; } = new(opensWithMonth ? @"\G" + pattern : pattern, Options);
    }
}
