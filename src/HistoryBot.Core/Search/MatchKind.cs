namespace HistoryBot.Core.Search;

/// <summary>How a question word matched a paragraph, weakest last; <see cref="None"/> when it did not.</summary>
public enum MatchKind
{
    None,

    /// <summary>The same stem (or the same word unstemmed).</summary>
    Stem,

    /// <summary>A translation from the cross-language lexicon.</summary>
    Translation,

    /// <summary>A synonym from a synonym source (WordNet, or one an admin added).</summary>
    Synonym,

    /// <summary>The same folded prefix key in another language: a cognate or a borrowed name.</summary>
    CrossLanguageKey,

    /// <summary>An indexed word within the typo allowance.</summary>
    Typo,

    /// <summary>The same prefix key in the same language: usually another word, so it counts little.</summary>
    SameLanguagePrefix,
}
