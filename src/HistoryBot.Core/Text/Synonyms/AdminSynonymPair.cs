namespace HistoryBot.Core.Text.Synonyms;

/// <summary>
/// A pair to add, checked: <see cref="First"/> and <see cref="Second"/> folded and in ordinal
/// order (so "request bid" and "bid request" are the same pair), with the texts as typed.
/// </summary>
public sealed record AdminSynonymPair(string? Language, string First, string Second, string FirstText, string SecondText)
{
    /// <summary>The pair in canonical order, whichever way round it was typed.</summary>
    public static AdminSynonymPair Create(string? language, string folded1, string text1, string folded2, string text2) =>
        string.CompareOrdinal(folded1, folded2) <= 0
            ? new AdminSynonymPair(language, folded1, folded2, text1, text2)
            : new AdminSynonymPair(language, folded2, folded1, text2, text1);

    public bool SameWordsAs(AdminSynonym entry) => entry.First == First && entry.Second == Second;
}
