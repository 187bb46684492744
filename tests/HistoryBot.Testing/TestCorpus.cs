namespace HistoryBot.Testing;

/// <summary>Copies of the committed library for tests that change or index it.</summary>
public static class TestCorpus
{
    /// <summary>Copies index/sources into a new folder under <paramref name="root"/>.</summary>
    public static string CopySources(string root)
    {
        var target = Path.Combine(root, "sources");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Sources))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }
}
