using System.Text;
using System.Text.Json;

namespace HistoryBot.Core.Corpus;

/// <summary>Reads and atomically writes sources.json, the metadata beside the documents.</summary>
public static class SourceCatalog
{
    public const string FileName = "sources.json";

    /// <summary>The entries of sources.json in a folder; an absent file is an empty catalog.</summary>
    public static SourceCatalogFile Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
            return new SourceCatalogFile();
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, CorpusJsonContext.Default.SourceCatalogFile) ?? new SourceCatalogFile();
    }

    /// <summary>Writes beside the target and renames over it, so readers never see half a file.</summary>
    public static void Write(string directory, SourceCatalogFile catalog)
    {
        var path = Path.Combine(directory, FileName);
        var temporary = path + $".{Guid.NewGuid():N}.tmp";
        var json = JsonSerializer.Serialize(catalog, CorpusJsonContext.Default.SourceCatalogFile);
        File.WriteAllText(temporary, json + "\n", new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }
}
