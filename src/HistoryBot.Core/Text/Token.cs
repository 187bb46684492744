namespace HistoryBot.Core.Text;

/// <summary>A word in a text: where it stands, as written, and folded.</summary>
public readonly record struct Token(int Start, int Length, string Surface, string Folded)
{
    public int End => Start + Length;
}
