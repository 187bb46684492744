namespace HistoryBot.Discord.Rest;

/// <summary>A button (component type 2) whose press comes back as an interaction carrying <see cref="CustomId"/>.</summary>
public sealed record ButtonComponent(ButtonStyle Style, string Label, string CustomId)
{
    public int Type => 2;
}
