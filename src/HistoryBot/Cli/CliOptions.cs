using System.CommandLine;

namespace HistoryBot.Cli;

/// <summary>Options every command takes; they override appsettings.json and the environment.</summary>
internal static class CliOptions
{
    public static readonly Option<string?> DataDirectory = new("--data-dir")
    {
        Description = "Folder for the index and state (Storage:DataDirectory)",
        Recursive = true,
    };

    public static readonly Option<string?> Sources = new("--sources")
    {
        Description = "Folder with the source documents and sources.json (Storage:SourcesDirectory)",
        Recursive = true,
    };

    public static Dictionary<string, string?> Overrides(ParseResult parseResult)
    {
        var overrides = new Dictionary<string, string?>();
        if (parseResult.GetValue(DataDirectory) is { } data)
            overrides["Storage:DataDirectory"] = Path.GetFullPath(data);
        if (parseResult.GetValue(Sources) is { } sources)
            overrides["Storage:SourcesDirectory"] = Path.GetFullPath(sources);
        return overrides;
    }
}
