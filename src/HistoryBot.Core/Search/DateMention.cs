namespace HistoryBot.Core.Search;

/// <summary>How precisely a sentence names a date, for "when" questions.</summary>
public enum DateMention
{
    None,

    /// <summary>A year or a decade.</summary>
    Year,

    /// <summary>A year with a month name (and usually a day).</summary>
    Full,
}
