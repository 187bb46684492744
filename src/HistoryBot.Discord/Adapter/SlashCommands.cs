using System.Text.RegularExpressions;
using HistoryBot.Core.Chat;
using HistoryBot.Discord.Rest;

namespace HistoryBot.Discord.Adapter;

/// <summary>
/// The core's commands as Discord slash commands: one string option named after the command's
/// argument (an attachment option for "file"), descriptions in the locales Discord and the
/// core share, and default permissions by role.
/// </summary>
internal static partial class SlashCommands
{
    public const int MaxDescription = 100;
    public const string FileArgument = "file";

    /// <summary>Discord locales the core has descriptions for; Discord has no Tagalog locale.</summary>
    public static IReadOnlyList<string> Locales { get; } = ["lt", "ro"];

    public static bool IsValidName(string name) => NamePattern().IsMatch(name) && name == name.ToLowerInvariant();

    /// <summary>The request for one command, or null when Discord could not take its name.</summary>
    public static ApplicationCommandRequest? Build(CommandInfo info)
    {
        if (!IsValidName(info.Name))
            return null;
        IReadOnlyList<CommandOptionRequest>? options = null;
        if (info.ArgumentName is { } argument)
        {
            var name = argument.ToLowerInvariant();
            if (!IsValidName(name))
                return null;
            var description = Describe(info.ArgumentDescription ?? argument);
            options = [name == FileArgument
                ? new CommandOptionRequest(CommandOptionType.Attachment, name, description, info.ArgumentRequired)
                : new CommandOptionRequest(CommandOptionType.String, name, description, info.ArgumentRequired)];
        }
        var localized = Locales
            .Where(locale => info.LocalizedDescriptions.TryGetValue(locale, out var text) && !string.IsNullOrWhiteSpace(text))
            .ToDictionary(locale => locale, locale => Describe(info.LocalizedDescriptions[locale]));
        return new ApplicationCommandRequest(
            info.Name,
            Describe(info.Description),
            localized.Count == 0 ? null : localized,
            options,
            info.MinimumRole switch
            {
                ChatRole.Admin => DiscordPermissions.AdminCommands,
                ChatRole.Moderator => DiscordPermissions.ModeratorCommands,
                _ => null,
            },
            DmPermission: info.AllowedInPrivateChats);
    }

    private static string Describe(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? "…" : DiscordMarkdown.Truncate(trimmed, MaxDescription);
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex NamePattern();
}
