namespace HistoryBot.Core.Text.Synonyms;

/// <summary>
/// A synonym pair an admin added with /synonyms: two words or two-word phrases that stand for
/// each other in questions in <see cref="Language"/> (null: every language). <see cref="First"/>
/// and <see cref="Second"/> are the folded forms (lower case, no diacritics, one space between
/// words, in ordinal order), the texts are as the admin typed them. <see cref="RemovedAt"/> is set
/// while the pair is in the trash (restorable with /synonyms restore).
/// </summary>
public sealed record AdminSynonym(
    long Id,
    string? Language,
    string First,
    string Second,
    string FirstText,
    string SecondText,
    DateTimeOffset AddedAt,
    string AddedBy,
    DateTimeOffset? RemovedAt = null,
    string? RemovedBy = null)
{
    /// <summary>"“bid” = “request”".</summary>
    public string Describe() => $"“{FirstText}” = “{SecondText}”";

    /// <summary>"English", or "all languages".</summary>
    public string LanguageName => Language is null ? "all languages" : Text.Language.DisplayName(Language);
}
