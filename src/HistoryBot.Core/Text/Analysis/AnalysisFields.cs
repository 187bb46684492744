namespace HistoryBot.Core.Text.Analysis;

/// <summary>
/// The analysed fields, shared by indexing and querying: one stemmed field per language
/// (a paragraph fills the one of its own language) and the folded cross-language key field.
/// </summary>
public static class AnalysisFields
{
    /// <summary>The folded prefix key of every content word, in any language.</summary>
    public const string Key = "folded";

    /// <summary>Folded words without stop-word removal or stemming: the analysis behind highlighting and sentences.</summary>
    public const string Words = "words";

    private const string StemPrefix = "text_";

    public static IReadOnlyList<string> StemFields { get; } = Language.All.Select(StemsOf).ToArray();

    /// <summary>The stemmed field of a language ("text_en").</summary>
    public static string StemsOf(string language) => StemPrefix + language;

    public static string? LanguageOf(string field) =>
        field.StartsWith(StemPrefix, StringComparison.Ordinal) ? field[StemPrefix.Length..] : null;
}
