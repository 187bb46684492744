namespace HistoryBot.Core.Answers;

public enum NotFoundReason
{
    None,

    /// <summary>The question has no words to search for ("who was he?").</summary>
    NoSearchableWords,

    /// <summary>No paragraph shares a word with the question.</summary>
    NoMatch,

    /// <summary>Some paragraphs share a few words, too few to answer.</summary>
    WeakMatch,
}
