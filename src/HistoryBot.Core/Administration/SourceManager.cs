using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Files;
using HistoryBot.Core.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Administration;

/// <summary>
/// Adds, removes and restores documents in the sources folder. Every write lands atomically and
/// durably (<see cref="DurableFile"/>: a temporary file flushed to disk, then renamed into place),
/// every change is all or nothing — a step that fails undoes the steps before it — and every
/// change comes with its undo, so a reindex that fails can put the folder back exactly as it was. Removed files go to
/// &lt;data&gt;/trash with a note that lets them be restored.
/// </summary>
public sealed partial class SourceManager(
    IOptions<StorageOptions> storage,
    CorpusLoader loader,
    TimeProvider time,
    ILogger<SourceManager>? logger = null)
{
    /// <summary>Uploads are capped well below what the loader reads: chat files are small articles.</summary>
    public const long MaxUploadBytes = 1024 * 1024;

    public const string TrashFolderName = "trash";

    private const string NoteExtension = ".json";
    private const string TemporaryExtension = DurableFile.TemporaryExtension;
    private const int MaxFileNameLength = 100;
    private static readonly string[] DocumentExtensions = [".txt", ".md"];

    private readonly ILogger _logger = logger ?? NullLogger<SourceManager>.Instance;

    public string SourcesDirectory => storage.Value.SourcesDirectory;

    public string TrashDirectory => Path.Combine(storage.Value.DataDirectory, TrashFolderName);

    /// <summary>
    /// The checks that need only the upload: name, type, size, encoding, content. Throws
    /// <see cref="SourceRejectedException"/> with the reason.
    /// </summary>
    public CheckedSource Check(SourceUpload upload)
    {
        var fileName = SafeFileName(upload.FileName)
            ?? throw new SourceRejectedException($"the file name '{Shorten(upload.FileName)}' has no usable characters");
        var extension = Path.GetExtension(fileName);
        if (!DocumentExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            throw new SourceRejectedException($"only .txt and .md files can be sources, not '{Shorten(fileName)}'");
        if (upload.Bytes.LongLength > MaxUploadBytes)
            throw new SourceRejectedException(TooLarge(upload.Bytes.LongLength));

        string? language = null;
        if (!string.IsNullOrWhiteSpace(upload.Language))
        {
            language = Language.Parse(upload.Language)
                ?? throw new SourceRejectedException($"unknown language '{Shorten(upload.Language)}'; use one of {string.Join(", ", Language.All)}");
        }

        if (!SourceText.TryDecode(upload.Bytes, out var text, out var reason))
            throw new SourceRejectedException(reason!);

        var id = Path.GetFileNameWithoutExtension(fileName);
        var title = string.IsNullOrWhiteSpace(upload.Title) ? null : upload.Title.Trim();
        var (parsedTitle, parsedLanguage, paragraphs) = loader.Parse(text, new SourceId(id), title, language, fileName);
        if (paragraphs.Count == 0)
            throw new SourceRejectedException("no paragraphs of text (only headings or page furniture)");
        return new CheckedSource(fileName, id, parsedTitle, parsedLanguage, paragraphs.Count, upload.Bytes, HashOf(text));
    }

    /// <summary>The reason an upload of <paramref name="bytes"/> bytes is refused.</summary>
    public static string TooLarge(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"too large ({bytes:N0} bytes; at most {MaxUploadBytes:N0} bytes, 1 MB)");

    /// <summary>
    /// The checks against the library as it is now (same name, same id, same text), and the
    /// change that writes the file and its sources.json entry. Call under the coordinator's lock.
    /// </summary>
    public SourceChange PrepareAdd(CheckedSource source)
    {
        var catalog = ReadCatalog();
        var documents = Documents(catalog);
        if (documents.FirstOrDefault(document => document.File.Equals(source.FileName, StringComparison.OrdinalIgnoreCase)
                || document.Id.Equals(source.Id, StringComparison.OrdinalIgnoreCase)) is { } clash)
        {
            throw new SourceRejectedException($"a source with the id '{clash.Id}' ({clash.File}) is already in the library; rename the file or remove that source first");
        }
        if (DuplicateOf(source.ContentHash, documents) is { } duplicate)
            throw new SourceRejectedException($"the same text is already in the library as '{duplicate}'");

        var target = Path.Combine(SourcesDirectory, source.FileName);
        if (File.Exists(target))
            throw new SourceRejectedException($"a file named {source.FileName} is already in the sources folder");
        var entry = new SourceEntry { Id = source.Id, File = source.FileName, Title = source.Title, Language = source.Language };
        byte[]? catalogBefore = null;

        return new SourceChange(
            $"addsource {source.FileName}",
            string.Create(CultureInfo.InvariantCulture, $"Added “{source.Title}” as {source.FileName} (id {source.Id}, {Language.DisplayName(source.Language)}, {ReindexReplies.Count(source.ParagraphCount, "paragraph")})."),
            apply: () =>
            {
                catalogBefore = ReadCatalogBytes();
                WriteNew(target, source.Bytes);
                try
                {
                    var current = ReadCatalog();
                    SourceCatalog.Write(SourcesDirectory, current with { Sources = [.. current.Sources, entry] });
                }
                catch
                {
                    File.Delete(target);
                    throw;
                }
            },
            revert: () =>
            {
                RestoreCatalog(catalogBefore);
                File.Delete(target);
            });
    }

    /// <summary>The change that moves a document to the trash and drops its sources.json entry.</summary>
    public SourceChange PrepareRemove(string id)
    {
        id = id.Trim();
        var catalog = ReadCatalog();
        var documents = Documents(catalog);
        var document = documents.FirstOrDefault(d => d.Id == id)
            ?? documents.FirstOrDefault(d => d.Id.Equals(id, StringComparison.OrdinalIgnoreCase))
            ?? throw new SourceRejectedException(id.Length == 0
                ? $"name the source to remove. Known ids: {KnownIds(documents)}"
                : $"there is no source with the id '{Shorten(id)}'. Known ids: {KnownIds(documents)}");

        var position = catalog.Sources.FindIndex(entry => entry.Id == document.Id);
        var entry = position >= 0 ? catalog.Sources[position] : null;
        var source = Path.Combine(SourcesDirectory, document.File);
        var removedAt = time.GetUtcNow();
        var trashName = FreeTrashName(removedAt, document.File);
        var trashed = Path.Combine(TrashDirectory, trashName);
        var note = trashed + NoteExtension;
        var record = new TrashRecord { File = document.File, Id = document.Id, Entry = entry, Position = Math.Max(position, 0), RemovedAt = removedAt };
        var fileExists = File.Exists(source);
        byte[]? catalogBefore = null;

        return new SourceChange(
            $"removesource {document.Id}",
            fileExists
                ? $"Moved {document.File} (id {document.Id}) to the trash as {trashName}."
                : $"Dropped the entry of {document.Id} from {SourceCatalog.FileName}; its file {document.File} was already missing.",
            apply: () =>
            {
                catalogBefore = ReadCatalogBytes();
                // Worked out before anything changes: an unreadable sources.json stops here.
                var catalogAfter = entry is null ? null : CatalogWithout(document.Id);
                var undo = new Stack<Action>();
                try
                {
                    if (fileExists)
                    {
                        Directory.CreateDirectory(TrashDirectory);
                        WriteNew(note, JsonSerializer.SerializeToUtf8Bytes(record, AdministrationJsonContext.Default.TrashRecord));
                        undo.Push(() => File.Delete(note));
                        DurableFile.Copy(source, trashed);
                        undo.Push(() => File.Delete(trashed));
                    }
                    if (catalogAfter is not null)
                    {
                        SourceCatalog.Write(SourcesDirectory, catalogAfter);
                        undo.Push(() => RestoreCatalog(catalogBefore));
                    }
                    // Last: until here the document is still where it was.
                    if (fileExists)
                        DurableFile.Delete(source);
                }
                catch
                {
                    Undo(undo);
                    throw;
                }
            },
            revert: () =>
            {
                if (entry is not null)
                    RestoreCatalog(catalogBefore);
                if (fileExists)
                {
                    MoveFile(trashed, source);
                    File.Delete(note);
                }
            });
    }

    /// <summary>The change that puts a trashed document back, by its trash name or its id (the newest).</summary>
    public SourceChange PrepareRestore(string nameOrId)
    {
        nameOrId = nameOrId.Trim();
        var trash = Trash();
        var match = trash.FirstOrDefault(item => item.Name == nameOrId)
            ?? trash.Where(item => item.Id.Equals(nameOrId, StringComparison.OrdinalIgnoreCase)).MaxBy(item => item.RemovedAt)
            ?? throw new SourceRejectedException(trash.Count == 0
                ? "the trash is empty"
                : $"nothing in the trash is called '{Shorten(nameOrId)}'. In the trash: {string.Join(", ", trash.Select(item => item.Name))}");

        var trashed = Path.Combine(TrashDirectory, match.Name);
        var note = trashed + NoteExtension;
        var record = ReadNote(note) ?? new TrashRecord { File = match.File, Id = match.Id, RemovedAt = match.RemovedAt, Position = int.MaxValue };

        var catalog = ReadCatalog();
        var documents = Documents(catalog);
        if (documents.FirstOrDefault(document => document.File.Equals(record.File, StringComparison.OrdinalIgnoreCase)
                || document.Id.Equals(record.Id, StringComparison.OrdinalIgnoreCase)) is { } clash)
        {
            throw new SourceRejectedException($"a source with the id '{clash.Id}' ({clash.File}) is in the library again; remove it first");
        }
        if (!SourceText.TryDecode(File.ReadAllBytes(trashed), out var text, out var reason))
            throw new SourceRejectedException($"the trashed file is not usable any more: {reason}");
        if (DuplicateOf(HashOf(text), documents) is { } duplicate)
            throw new SourceRejectedException($"the same text is already in the library as '{duplicate}'");

        var target = Path.Combine(SourcesDirectory, record.File);
        byte[]? catalogBefore = null;
        return new SourceChange(
            $"restoresource {match.Name}",
            $"Put {record.File} (id {record.Id}) back from the trash.",
            apply: () =>
            {
                catalogBefore = ReadCatalogBytes();
                MoveFile(trashed, target);
                if (record.Entry is not null)
                {
                    try
                    {
                        WriteCatalogWith(record.Entry, record.Position);
                    }
                    catch
                    {
                        MoveFile(target, trashed);
                        throw;
                    }
                }
            },
            revert: () =>
            {
                if (record.Entry is not null)
                    RestoreCatalog(catalogBefore);
                MoveFile(target, trashed);
            },
            // The note is only dropped once the restored file is indexed: until then it may go back.
            commit: () => File.Delete(note));
    }

    /// <summary>What is in the trash, newest first.</summary>
    public IReadOnlyList<TrashedSource> Trash()
    {
        if (!Directory.Exists(TrashDirectory))
            return [];
        var items = new List<TrashedSource>();
        foreach (var path in Directory.EnumerateFiles(TrashDirectory))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || name.EndsWith(NoteExtension, StringComparison.Ordinal) || name.EndsWith(TemporaryExtension, StringComparison.Ordinal))
                continue;
            var record = ReadNote(path + NoteExtension);
            var file = record?.File ?? name;
            items.Add(new TrashedSource(name, file, record?.Id ?? Path.GetFileNameWithoutExtension(file), record?.Entry?.Title,
                record?.RemovedAt ?? new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero)));
        }
        return items.OrderByDescending(item => item.RemovedAt).ThenBy(item => item.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Deletes documents (and their notes) removed before <paramref name="before"/>; returns how many.</summary>
    public int PurgeTrash(DateTimeOffset before)
    {
        var purged = 0;
        foreach (var item in Trash().Where(item => item.RemovedAt < before))
        {
            var path = Path.Combine(TrashDirectory, item.Name);
            try
            {
                File.Delete(path);
                File.Delete(path + NoteExtension);
                purged++;
                _logger.LogInformation("Deleted {File} (id {Id}) from the trash: removed {RemovedAt:u}, past the retention", item.File, item.Id, item.RemovedAt);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _logger.LogWarning("Could not delete {Name} from the trash: {Message}", item.Name, ex.Message);
            }
        }
        return purged;
    }

    /// <summary>The ids of the documents in the sources folder, in catalog order.</summary>
    public IReadOnlyList<string> KnownIds() => Documents(ReadCatalog()).Select(document => document.Id).ToList();

    /// <summary>
    /// Deletes temporary files a killed write left behind (ours and sources.json's). They never
    /// count as documents, but they should not pile up either.
    /// </summary>
    public void CleanLeftovers()
    {
        foreach (var directory in new[] { SourcesDirectory, TrashDirectory })
        {
            if (!Directory.Exists(directory))
                continue;
            foreach (var path in Directory.EnumerateFiles(directory, "*" + TemporaryExtension))
            {
                var name = Path.GetFileName(path);
                if (!name.StartsWith('.') && !name.StartsWith(SourceCatalog.FileName + ".", StringComparison.Ordinal))
                    continue;
                try
                {
                    File.Delete(path);
                    _logger.LogInformation("Deleted the leftover temporary file {File}", name);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    _logger.LogWarning(ex, "Could not delete the leftover temporary file {File}", name);
                }
            }
        }
    }

    /// <summary>A file name safe to create in the sources folder: no folders, no hidden files, no odd characters.</summary>
    internal static string? SafeFileName(string raw)
    {
        // Uploads may carry a client's path in either separator style.
        var name = Path.GetFileName(raw.Replace('\\', '/'));
        name = UnsafeCharacters().Replace(name, "-").Trim('-', '.', ' ');
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var stem = Path.GetFileNameWithoutExtension(name).TrimEnd('-', '.');
        if (stem.Length == 0)
            return null;
        if (stem.Length + extension.Length > MaxFileNameLength)
            stem = stem[..(MaxFileNameLength - extension.Length)];
        return stem + extension;
    }

    private SourceCatalogFile ReadCatalog()
    {
        try
        {
            return SourceCatalog.Read(SourcesDirectory);
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            throw new SourceRejectedException($"{SourceCatalog.FileName} cannot be read ({ex.Message}); fix it by hand first");
        }
    }

    private byte[]? ReadCatalogBytes()
    {
        var path = Path.Combine(SourcesDirectory, SourceCatalog.FileName);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    /// <summary>
    /// Puts sources.json back byte for byte (comments and formatting included) as it was before
    /// a change; the coordinator guarantees nothing else wrote it meanwhile.
    /// </summary>
    private void RestoreCatalog(byte[]? original)
    {
        var path = Path.Combine(SourcesDirectory, SourceCatalog.FileName);
        if (original is null)
        {
            File.Delete(path);
            return;
        }
        DurableFile.Write(path, original);
    }

    private SourceCatalogFile CatalogWithout(string id)
    {
        var current = ReadCatalog();
        return current with { Sources = current.Sources.Where(entry => entry.Id != id).ToList() };
    }

    /// <summary>Runs the undo steps of a change that failed half way, newest first; one that fails does not stop the others.</summary>
    private void Undo(Stack<Action> steps)
    {
        while (steps.TryPop(out var step))
        {
            try
            {
                step();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _logger.LogError(ex, "Undoing part of a failed source change failed; check the sources folder and the trash");
            }
        }
    }

    private void WriteCatalogWith(SourceEntry entry, int position)
    {
        var current = ReadCatalog();
        var sources = current.Sources.Where(existing => existing.Id != entry.Id).ToList();
        sources.Insert(Math.Clamp(position, 0, sources.Count), entry);
        SourceCatalog.Write(SourcesDirectory, current with { Sources = sources });
    }

    /// <summary>The documents the loader would read: sources.json entries, then loose .txt/.md files.</summary>
    private List<Document> Documents(SourceCatalogFile catalog)
    {
        var documents = catalog.Sources.Select(entry => new Document(entry.Id, entry.File)).ToList();
        if (!Directory.Exists(SourcesDirectory))
            return documents;
        var listed = new HashSet<string>(catalog.Sources.Select(entry => entry.File), StringComparer.OrdinalIgnoreCase);
        var loose = Directory.EnumerateFiles(SourcesDirectory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => DocumentExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase) && !listed.Contains(name))
            .Order(StringComparer.Ordinal)
            .Select(name => new Document(Path.GetFileNameWithoutExtension(name), name));
        documents.AddRange(loose);
        return documents;
    }

    private string? DuplicateOf(string hash, IEnumerable<Document> documents)
    {
        foreach (var (id, file) in documents)
        {
            var path = Path.Combine(SourcesDirectory, file);
            try
            {
                var info = new FileInfo(path);
                if (!info.Exists || info.Length > SourceText.MaxFileBytes)
                    continue;
                if (SourceText.TryDecode(File.ReadAllBytes(path), out var text, out _) && HashOf(text) == hash)
                    return id;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _logger.LogWarning(ex, "Could not read {File} to compare it with an upload", file);
            }
        }
        return null;
    }

    /// <summary>The same text with other line endings or surrounding blank lines is the same content.</summary>
    private static string HashOf(string text)
    {
        var normalized = text.Replace("\r\n", "\n").Replace('\r', '\n').Trim();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    private string FreeTrashName(DateTimeOffset at, string file)
    {
        var stamp = at.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var name = $"{stamp}-{file}";
        for (var n = 2; File.Exists(Path.Combine(TrashDirectory, name)) || File.Exists(Path.Combine(TrashDirectory, name + NoteExtension)); n++)
            name = $"{stamp}-{n}-{file}";
        return name;
    }

    private static TrashRecord? ReadNote(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), AdministrationJsonContext.Default.TrashRecord) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes a new file durably under a temporary name and renames it into place; never overwrites.</summary>
    private static void WriteNew(string path, byte[] bytes) => DurableFile.Write(path, bytes, overwrite: false);

    /// <summary>
    /// Copies durably beside the target, renames into place, then deletes the original: the target
    /// is never half there, also when trash and sources are on different file systems.
    /// </summary>
    private static void MoveFile(string from, string to)
    {
        DurableFile.Copy(from, to);
        DurableFile.Delete(from);
    }

    private static string KnownIds(IEnumerable<Document> documents)
    {
        var ids = documents.Select(document => document.Id).ToList();
        return ids.Count == 0 ? "none (the library is empty)" : string.Join(", ", ids);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    [GeneratedRegex(@"[^\p{L}\p{Nd}._-]+")]
    private static partial Regex UnsafeCharacters();

    private sealed record Document(string Id, string File);
}
