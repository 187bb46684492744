namespace HistoryBot.Core.Text;

/// <summary>The languages the bot understands, by ISO 639-1 code.</summary>
public static class Language
{
    public const string English = "en";
    public const string Lithuanian = "lt";
    public const string Tagalog = "tl";
    public const string Romanian = "ro";
    public const string Unknown = "und";

    public static IReadOnlyList<string> All { get; } = [English, Lithuanian, Tagalog, Romanian];

    public static bool IsSupported(string? code) => code is not null && All.Contains(code);

    /// <summary>Turns user input such as "LT", "lithuanian" or "lietuvių" into a code, or null.</summary>
    public static string? Parse(string? text)
    {
        var folded = TextFolding.Fold(text ?? "").Trim();
        return folded switch
        {
            "en" or "eng" or "english" or "anglu" or "engleza" or "ingles" => English,
            "lt" or "lit" or "lithuanian" or "lietuviu" or "lituaniana" => Lithuanian,
            "tl" or "tgl" or "fil" or "tagalog" or "filipino" => Tagalog,
            "ro" or "ron" or "rum" or "romanian" or "romana" or "rumunu" => Romanian,
            _ => null,
        };
    }

    public static string DisplayName(string code) => code switch
    {
        English => "English",
        Lithuanian => "Lithuanian",
        Tagalog => "Tagalog",
        Romanian => "Romanian",
        _ => "unknown language",
    };
}
