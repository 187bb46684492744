namespace HistoryBot.Discord.Rest;

/// <summary>One slash command in a bulk overwrite (PUT …/commands).</summary>
public sealed record ApplicationCommandRequest(
    string Name,
    string Description,
    IReadOnlyDictionary<string, string>? DescriptionLocalizations = null,
    IReadOnlyList<CommandOptionRequest>? Options = null,
    string? DefaultMemberPermissions = null,
    bool? DmPermission = null,
    int Type = 1);
