namespace HistoryBot.Core.Search;

/// <summary>How much a match counts, by how it was made.</summary>
internal static class MatchLevel
{
    public const double Stem = 1.0;
    public const double Translation = 0.8;
    public const double Prefix = 0.7;
    public const double Typo = 0.6;
    public const double SameLanguagePrefix = 0.4;
}
