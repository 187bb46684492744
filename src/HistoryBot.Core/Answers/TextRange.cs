namespace HistoryBot.Core.Answers;

/// <summary>A stretch of a text: where it starts and how long it is.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}
