namespace HistoryBot.Core.Feedback;

/// <summary>The votes on one answer (a passage given to a question), shown on its buttons.</summary>
public readonly record struct VoteTally(int Up, int Down)
{
    public static VoteTally None => new(0, 0);
}
