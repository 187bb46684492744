namespace HistoryBot.Core.Search;

/// <summary>How precisely a sentence names a date, for "when" questions (a found date itself is <see cref="Facts.DateMention"/>).</summary>
public enum SentenceDate
{
    None,

    /// <summary>A year or a decade.</summary>
    Year,

    /// <summary>A year with a month name (and usually a day).</summary>
    Full,
}
