namespace HistoryBot.Testing;

/// <summary>
/// Finds the checkout (the folder with Bot.sln) and the workplace's shared folder beside it,
/// which holds the third-party API specs that are deliberately not committed.
/// </summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Sources => Path.Combine(Root, "index", "sources");

    public static string TestData => Path.Combine(Root, "tests", "data");

    /// <summary>The specs folder: HISTORYBOT_SPECS_DIR, else ../shared/specs beside the checkout.</summary>
    public static string SpecsDirectory =>
        Environment.GetEnvironmentVariable("HISTORYBOT_SPECS_DIR") is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "specs"));

    /// <summary>
    /// The path of a spec file, or null when it is absent (one visible line says so). With
    /// HISTORYBOT_REQUIRE_SPECS=1 an absent spec fails the test with a clear message, so a
    /// green run there always means the payloads were checked. CI=true alone does not require
    /// them: the specs are third-party files outside the repository, and a clean clone on a
    /// machine without them must still pass.
    /// </summary>
    public static string? Spec(string relativePath)
    {
        var path = Path.Combine(SpecsDirectory, relativePath);
        if (File.Exists(path))
            return path;
        if (SpecsRequired)
            throw new InvalidOperationException(
                $"The API spec {relativePath} is missing at {path}. It lives outside the repo in ../shared/specs (or set HISTORYBOT_SPECS_DIR).");
        Console.Error.WriteLine($"NOTE: API spec {relativePath} not found at {path}; payloads are not checked against it in this run.");
        return null;
    }

    /// <summary>With HISTORYBOT_REQUIRE_SPECS=1 the specs must be there.</summary>
    public static bool SpecsRequired =>
        Environment.GetEnvironmentVariable("HISTORYBOT_REQUIRE_SPECS") is "1";

    public static bool SpecExists(string relativePath) => File.Exists(Path.Combine(SpecsDirectory, relativePath));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException($"No Bot.sln above {AppContext.BaseDirectory}.");
    }
}
