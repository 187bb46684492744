using System.Globalization;

namespace HistoryBot.Core.Facts;

/// <summary>
/// The date a fact states: a day, a month, a year (or a span of years) or a decade.
/// <see cref="Month"/> and <see cref="Day"/> are set only as far as <see cref="Precision"/> goes.
/// </summary>
public sealed record FactDate(DatePrecision Precision, int Year, int? Month = null, int? Day = null, int? EndYear = null)
{
    public static FactDate OnDay(int year, int month, int day) => new(DatePrecision.Day, year, month, day);

    public static FactDate InMonth(int year, int month) => new(DatePrecision.Month, year, month);

    public static FactDate InYear(int year, int? endYear = null) => new(DatePrecision.Year, year, EndYear: endYear);

    public static FactDate InDecade(int firstYear, int? lastYear = null) => new(DatePrecision.Decade, firstYear, EndYear: lastYear);

    /// <summary>Sortable and language-neutral: "1954-03-31", "1952-08", "1954", "1954-1956", "1950s".</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Year when EndYear is { } end => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{end:D4}"),
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        _ when EndYear is { } last => string.Create(CultureInfo.InvariantCulture, $"{Year}s-{last / 10 * 10}s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year}s"),
    };
}
