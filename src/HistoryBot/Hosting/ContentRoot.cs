namespace HistoryBot.Hosting;

/// <summary>
/// Resolves the relative storage paths. "index/sources" means the folder under the current
/// directory when there is one, else under the checkout the program was built in, so
/// `dotnet run --project …/src/HistoryBot` finds the library from any directory.
/// </summary>
internal static class ContentRoot
{
    private const string Marker = "index/sources";

    public static string Find(string currentDirectory, string baseDirectory)
    {
        if (Directory.Exists(Path.Combine(currentDirectory, Marker)))
            return currentDirectory;
        for (var directory = new DirectoryInfo(baseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, Marker)))
                return directory.FullName;
        }
        return currentDirectory;
    }

    public static string Resolve(string path, string root) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(root, path));
}
