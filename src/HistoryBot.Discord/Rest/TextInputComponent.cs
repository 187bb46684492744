namespace HistoryBot.Discord.Rest;

/// <summary>A text input (component type 4) in a modal; style 1 is one line, 2 a paragraph.</summary>
public sealed record TextInputComponent(string CustomId, int Style, bool Required, int? MaxLength = null, string? Placeholder = null)
{
    public int Type => 4;
}
