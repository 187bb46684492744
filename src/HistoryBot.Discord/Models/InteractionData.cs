namespace HistoryBot.Discord.Models;

/// <summary>The command (name, options) or the component (custom_id) of an interaction, or the submitted modal (custom_id, components).</summary>
public sealed record InteractionData(
    string? Name = null,
    IReadOnlyList<InteractionOption>? Options = null,
    InteractionResolved? Resolved = null,
    string? CustomId = null,
    int? ComponentType = null,
    IReadOnlyList<SubmittedComponent>? Components = null);
