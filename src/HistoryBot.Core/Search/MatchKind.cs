namespace HistoryBot.Core.Search;

/// <summary>
/// How a question word matched a paragraph word, strongest first; <see cref="None"/> when it
/// did not. One list for ranking, judging, highlighting and `ask --json`
/// (<see cref="ParagraphMatcher"/>); how much each counts is <see cref="MatchLevel"/>.
/// </summary>
public enum MatchKind
{
    None,

    /// <summary>The same stem (or the same word unstemmed).</summary>
    Stem,

    /// <summary>A translation from the cross-language lexicon, in a paragraph of another language.</summary>
    Translation,

    /// <summary>A synonym from a synonym source (WordNet, or one an admin added), or a same-language lexicon entry.</summary>
    Synonym,

    /// <summary>A misspelling of the paragraph's word ("aply" for "apply").</summary>
    Typo,

    /// <summary>A word of another language sharing its first letters or its stem ("diplomatic"/"diplomatice").</summary>
    Cognate,
}
