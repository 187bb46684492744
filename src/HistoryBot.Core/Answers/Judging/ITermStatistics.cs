namespace HistoryBot.Core.Answers.Judging;

/// <summary>
/// How common an index stem is: the one thing the answer judge needs from the search engine
/// besides its ranked paragraphs, to weigh question words (rare words say more).
/// </summary>
public interface ITermStatistics
{
    int ParagraphCount { get; }

    /// <summary>In how many paragraphs the stem occurs (any language); 0 when the index does not know it.</summary>
    int DocumentFrequency(string stem);
}
