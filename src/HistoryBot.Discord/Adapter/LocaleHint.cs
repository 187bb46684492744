using HistoryBot.Core.Text;

namespace HistoryBot.Discord.Adapter;

/// <summary>The asker's Discord client language as a hint for the core (it still detects the question's language).</summary>
internal static class LocaleHint
{
    public static string? From(string? locale) => locale switch
    {
        null => null,
        _ when locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) => Language.English,
        _ when locale.StartsWith("lt", StringComparison.OrdinalIgnoreCase) => Language.Lithuanian,
        _ when locale.StartsWith("ro", StringComparison.OrdinalIgnoreCase) => Language.Romanian,
        _ => null,
    };
}
