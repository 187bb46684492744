using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HistoryBot.Core.Files;

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

    /// <summary>
    /// The bytes of sources.json: UTF-8 without a byte order mark, two-space indentation, titles
    /// as written (no \u escapes), one final line break, so a rewrite changes only the lines of
    /// the entries that changed.
    /// </summary>
    public static byte[] Serialize(SourceCatalogFile catalog)
    {
        var json = JsonSerializer.Serialize(catalog, ReadableContext.SourceCatalogFile);
        return Encoding.UTF8.GetBytes(json.ReplaceLineEndings("\n") + "\n");
    }

    /// <summary>Writes beside the target, flushes to disk and renames over it: never half a file, also after a power loss.</summary>
    public static void Write(string directory, SourceCatalogFile catalog) =>
        DurableFile.Write(Path.Combine(directory, FileName), Serialize(catalog));

    private static readonly CorpusJsonContext ReadableContext = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // Titles in Lithuanian, Romanian and Tagalog stay readable; sources.json is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        IndentSize = 2,
    });
}
