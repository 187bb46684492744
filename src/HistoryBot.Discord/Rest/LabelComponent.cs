namespace HistoryBot.Discord.Rest;

/// <summary>A label (component type 18) around one text input in a modal; label at most 45 characters.</summary>
public sealed record LabelComponent(string Label, TextInputComponent Component, string? Description = null)
{
    public int Type => 18;
}
