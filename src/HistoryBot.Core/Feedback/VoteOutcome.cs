namespace HistoryBot.Core.Feedback;

/// <summary>What a press did: a first vote, a changed one, or the same button again, which withdraws it.</summary>
public enum VoteOutcome
{
    Cast,
    Changed,
    Withdrawn,
}
