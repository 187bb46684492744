namespace HistoryBot.Core.Chat;

/// <summary>
/// How a command presents itself to a platform's command menu: name, who may run it, and
/// descriptions in English plus "lt", "ro" and "tl".
/// </summary>
public sealed record CommandInfo(
    string Name,
    ChatRole MinimumRole,
    string Description,
    IReadOnlyDictionary<string, string> LocalizedDescriptions,
    string? ArgumentName = null,
    string? ArgumentDescription = null,
    bool ArgumentRequired = false,
    bool AllowedInPrivateChats = true)
{
    /// <summary>Platforms cap descriptions (Telegram 256, Discord 100 characters).</summary>
    public const int MaxDescriptionLength = 100;
}
