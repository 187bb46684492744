namespace HistoryBot.Core.Text.Synonyms;

/// <summary>
/// A word (or phrase, words separated by spaces) that may stand for a question word, how much a
/// match on it counts (below 1, an exact stem) and the <see cref="ISynonymSource.Name"/> it came from.
/// </summary>
public readonly record struct Synonym(string Text, double Weight, string Source = EnglishSynonyms.SourceName)
{
    /// <summary>
    /// A common word (WordNet writes it in lower case, unlike "USSR" or "European"): it does not
    /// match a word a paragraph writes as a name — "conditions" → "state" is no "United States".
    /// </summary>
    public bool CommonWord { get; init; }

    /// <summary>The noun an adjective or a people pertains to ("Soviet", "the Soviets" → "USSR"): the same name in other words.</summary>
    public bool Pertains { get; init; }

    /// <summary>
    /// Whether a paragraph word, written so (folded), is a form of this synonym. A stemmer joins
    /// other words too: "position" and "positive" are both "posit", "sever" and "several" both
    /// "sever". Null: any word with the synonym's stem is.
    /// </summary>
    public Func<string, bool>? IsWrittenForm { get; init; }

    /// <summary>The form check of two synonyms that meet on one text or stem: a word is a form of either; null when either takes any.</summary>
    public static Func<string, bool>? EitherForm(Func<string, bool>? first, Func<string, bool>? second) =>
        first is null || second is null ? null : ReferenceEquals(first, second) ? first : written => first(written) || second(written);
}
