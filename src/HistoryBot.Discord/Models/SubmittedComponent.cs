namespace HistoryBot.Discord.Models;

/// <summary>
/// A component of a submitted modal: a label (type 18) holding one <see cref="Component"/>, an
/// action row (type 1) holding <see cref="Components"/>, or a text input (type 4) with its
/// <see cref="Value"/>.
/// </summary>
public sealed record SubmittedComponent(
    int Type,
    string? CustomId = null,
    string? Value = null,
    IReadOnlyList<SubmittedComponent>? Components = null,
    SubmittedComponent? Component = null)
{
    public const int TextInputType = 4;

    /// <summary>The first text input's value among these components, wherever it is nested.</summary>
    public static string? FirstText(IEnumerable<SubmittedComponent>? components)
    {
        foreach (var component in components ?? [])
        {
            if (component.Type == TextInputType)
                return component.Value;
            if ((component.Component is { } inner ? FirstText([inner]) : FirstText(component.Components)) is { } text)
                return text;
        }
        return null;
    }
}
