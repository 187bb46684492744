namespace HistoryBot.Core.Diagnostics;

public enum QuestionOutcome
{
    Found,
    NotFound,

    /// <summary>Not searched: empty or over-long.</summary>
    Refused,

    RateLimited,
    Error,
}
