namespace HistoryBot.Core.Text.Synonyms;

/// <summary>
/// One place synonyms come from: English WordNet (<see cref="EnglishSynonyms"/>), the
/// same-language rows of the cross-language lexicon, or any other source registered in DI as
/// an <see cref="ISynonymSource"/>. Every registered source is read through
/// <see cref="SynonymSources"/> for each new question, so a source whose entries change at run
/// time (edited by admins, say) applies to the next question without a reindex; a source
/// keeps its own entries in memory, since it is asked once per question word.
/// </summary>
public interface ISynonymSource
{
    /// <summary>Short name shown in `ask --json` where one of its synonyms matched ("wordnet", "lexicon").</summary>
    string Name { get; }

    /// <summary>
    /// Words or phrases that may stand for <paramref name="phrase"/> (one or two words, folded:
    /// lower case, no diacritics) in a question in <paramref name="language"/>, each with how much
    /// a match on it counts (above 0, below 1: an exact word counts 1). Empty when none.
    /// Must be thread-safe and must not throw for unknown words.
    /// </summary>
    IReadOnlyList<Synonym> For(string phrase, string language);

    /// <summary>
    /// Whether <paramref name="phrase"/> (two words, folded) is one expression the source knows
    /// ("soviet union", "southeast asia"), synonyms or not. By default: it has synonyms.
    /// </summary>
    bool KnowsPhrase(string phrase, string language) => For(phrase, language).Count > 0;
}
