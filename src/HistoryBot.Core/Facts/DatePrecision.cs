namespace HistoryBot.Core.Facts;

/// <summary>How much of a date a source gives, from the vaguest to the most precise.</summary>
public enum DatePrecision
{
    /// <summary>"the 1950s", "anilor '50".</summary>
    Decade = 0,

    /// <summary>"in 1954", "(1956)", "1954-1956".</summary>
    Year = 1,

    /// <summary>"At the end of August 1952".</summary>
    Month = 2,

    /// <summary>"On March 31, 1954", "1954 m. Kovo 31 d.".</summary>
    Day = 3,
}
