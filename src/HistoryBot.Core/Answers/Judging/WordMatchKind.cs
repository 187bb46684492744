namespace HistoryBot.Core.Answers.Judging;

/// <summary>How a question word was found in a passage, strongest first.</summary>
public enum WordMatchKind
{
    /// <summary>Nothing in the passage stands for the word.</summary>
    None,

    /// <summary>A word with the same stem in the passage's language.</summary>
    Stem,

    /// <summary>A translation from the cross-language lexicon.</summary>
    Translation,

    /// <summary>An English WordNet synonym ("rejected" for "refused").</summary>
    Synonym,

    /// <summary>A misspelling of a passage word ("aply" for "apply").</summary>
    Typo,

    /// <summary>A word of another language sharing its first letters ("diplomatic"/"diplomatice").</summary>
    Cognate,
}
