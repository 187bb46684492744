namespace HistoryBot.Core.Answers;

public enum AnswerStatus
{
    /// <summary>A passage answers the question.</summary>
    Found,

    /// <summary>Nothing in the sources answers it well enough to quote.</summary>
    NotFound,
}
