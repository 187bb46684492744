namespace HistoryBot.Core.Feedback;

/// <summary>What a vote did, the vote's id (for a 👎's reason), and the answer's votes after it.</summary>
public sealed record VoteResult(VoteOutcome Outcome, long VoteId, VoteTally Tally);
