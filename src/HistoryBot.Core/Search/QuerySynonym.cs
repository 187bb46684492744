namespace HistoryBot.Core.Search;

/// <summary>
/// A synonym of a question word from an <see cref="Text.Synonyms.ISynonymSource"/>, as index
/// stems of <see cref="Language"/> (several for a phrase: "turn down"), how much a match on it
/// counts (the match level, below 1) and the source's name.
/// </summary>
public sealed record QuerySynonym(string Language, IReadOnlyList<string> Stems, double Level, string Source)
{
    public bool IsPhrase => Stems.Count > 1;

    /// <summary>A common word: does not match a word a paragraph writes as a name (see <see cref="Text.Synonyms.Synonym.CommonWord"/>).</summary>
    public bool CommonWord { get; init; }

    /// <summary>
    /// Found for the word together with the next question word ("Soviet Union" → "USSR"): it
    /// stands for both, so the next word carries it too and a paragraph writing the one-word
    /// form covers the whole phrase.
    /// </summary>
    public bool WithNext { get; init; }

    /// <summary>Whether a paragraph word, written so (folded), is a form of a one-word synonym (<see cref="Text.Synonyms.Synonym.IsWrittenForm"/>); null: any word with its stem.</summary>
    public Func<string, bool>? IsWrittenForm { get; init; }
}
