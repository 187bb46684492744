namespace HistoryBot.Discord.Rest;

/// <summary>A row of up to five buttons (component type 1).</summary>
public sealed record ActionRow(IReadOnlyList<ButtonComponent> Components)
{
    public int Type => 1;
}
