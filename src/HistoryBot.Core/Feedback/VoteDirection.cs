namespace HistoryBot.Core.Feedback;

/// <summary>A 👍 or a 👎 under an answer.</summary>
public enum VoteDirection
{
    Up = 1,
    Down = -1,
}
