using System.Text.RegularExpressions;
using HistoryBot.Core.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HistoryBot.Core.Corpus;

/// <summary>
/// Reads a sources folder: sources.json entries first, then any other .txt/.md dropped in.
/// Splits each document into paragraphs under their section headings and leaves page
/// furniture (tables of contents, repeated captions, "Video: …", "Recommended:") out.
/// A bad file is skipped with a warning naming it; the rest still load.
/// </summary>
public sealed partial class CorpusLoader(LanguageDetector detector, ILogger<CorpusLoader>? logger = null)
{
    private static readonly string[] DocumentExtensions = [".txt", ".md"];
    private const int MaxHeadingLength = 90;
    private const int MaxHeadingWords = 14;

    private readonly ILogger _logger = logger ?? NullLogger<CorpusLoader>.Instance;

    public LoadedCorpus Load(string directory, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"The sources folder '{directory}' does not exist.");

        var sources = new List<SourceInfo>();
        var paragraphs = new List<Paragraph>();
        var skipped = new List<SkippedFile>();
        var seenFiles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seenIds = new HashSet<string>(StringComparer.Ordinal);

        SourceCatalogFile catalog;
        try
        {
            catalog = SourceCatalog.Read(directory);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or IOException)
        {
            Skip(skipped, SourceCatalog.FileName, $"unreadable metadata ({ex.Message}); documents load without it");
            catalog = new SourceCatalogFile();
        }

        foreach (var entry in catalog.Sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            seenFiles.Add(entry.File);
            if (!seenIds.Add(entry.Id))
            {
                Skip(skipped, entry.File, $"duplicate id '{entry.Id}' in {SourceCatalog.FileName}");
                continue;
            }
            LoadOne(directory, entry.File, entry, sources, paragraphs, skipped);
        }

        var extraFiles = Directory.EnumerateFiles(directory)
            .Where(path => DocumentExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !seenFiles.Contains(name))
            .Order(StringComparer.Ordinal);
        foreach (var file in extraFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = Path.GetFileNameWithoutExtension(file);
            if (!seenIds.Add(id))
            {
                Skip(skipped, file, $"its id '{id}' is already taken");
                continue;
            }
            LoadOne(directory, file, null, sources, paragraphs, skipped);
        }

        return new LoadedCorpus(sources, paragraphs, skipped);
    }

    /// <summary>Splits one document's text into paragraphs, for the loader and for upload checks.</summary>
    public (string Title, string Language, List<Paragraph> Paragraphs) Parse(string text, SourceId id, string? title, string? language, string fileName)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(line => WhiteSpace().Replace(line, " ").Trim())
            .Where(line => line.Length > 0)
            .ToList();

        var documentLanguage = Text.Language.IsSupported(language) ? language! : GuessLanguage(text, fileName);

        // A line that appears more than once is a table of contents, a caption or a header.
        var counts = lines.GroupBy(line => TextFolding.Fold(line)).ToDictionary(group => group.Key, group => group.Count());
        var foldedTitle = title is null ? null : TextFolding.Fold(title);

        var result = new List<Paragraph>();
        string? section = null;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index].TrimStart('#', ' ');
            var folded = TextFolding.Fold(line);
            var isMarkdownHeading = lines[index].StartsWith('#');

            if (IsFurniture(line))
                continue;
            if (index == 0 && title is null && IsHeading(line))
            {
                title = line;
                foldedTitle = folded;
                continue;
            }
            if (folded == foldedTitle || counts[TextFolding.Fold(lines[index])] > 1)
                continue;
            if (isMarkdownHeading || IsHeading(line))
            {
                // A heading with nothing after it (a trailing "Popular Categories") is not a section.
                if (index + 1 < lines.Count)
                    section = line;
                continue;
            }
            result.Add(new Paragraph(id, "", section, result.Count + 1, documentLanguage, line));
        }

        title ??= HumanizeFileName(fileName);
        return (title, documentLanguage, result.Select(paragraph => paragraph with { SourceTitle = title }).ToList());
    }

    private void LoadOne(string directory, string file, SourceEntry? entry, List<SourceInfo> sources, List<Paragraph> paragraphs, List<SkippedFile> skipped)
    {
        var path = Path.Combine(directory, file);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                Skip(skipped, file, $"listed in {SourceCatalog.FileName} but the file is missing");
                return;
            }
            if (info.Length > SourceText.MaxFileBytes)
            {
                Skip(skipped, file, $"too large ({info.Length:N0} bytes; at most {SourceText.MaxFileBytes:N0})");
                return;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Skip(skipped, file, $"unreadable ({ex.Message})");
            return;
        }

        if (!SourceText.TryDecode(bytes, out var text, out var reason))
        {
            Skip(skipped, file, reason!);
            return;
        }

        var id = new SourceId(entry?.Id ?? Path.GetFileNameWithoutExtension(file));
        string title, language;
        List<Paragraph> parsed;
        try
        {
            (title, language, parsed) = Parse(text, id, entry?.Title, entry?.Language, file);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One hostile text must not stop every build and /reindex after it.
            _logger.LogError(ex, "Reading source file {File} failed", file);
            Skip(skipped, file, $"could not be read as text ({ex.GetType().Name}: {ex.Message})");
            return;
        }
        if (parsed.Count == 0)
        {
            Skip(skipped, file, "no paragraphs of text (only headings or page furniture)");
            return;
        }
        sources.Add(new SourceInfo(id, title, language, file, parsed.Count, entry?.TranslationOf, entry is not null));
        paragraphs.AddRange(parsed);
    }

    private void Skip(List<SkippedFile> skipped, string file, string reason)
    {
        _logger.LogWarning("Skipped source file {File}: {Reason}", file, reason);
        skipped.Add(new SkippedFile(file, reason));
    }

    private string GuessLanguage(string text, string fileName)
    {
        // "name.lt.txt" names its language.
        var hinted = Text.Language.Parse(Path.GetExtension(Path.GetFileNameWithoutExtension(fileName)).TrimStart('.'));
        if (hinted is not null)
            return hinted;
        var sample = text.Length > 4000 ? text[..4000] : text;
        var guess = detector.Detect(sample);
        return guess.IsKnown ? guess.Language : Text.Language.English;
    }

    private static bool IsHeading(string line)
    {
        if (line.Length > MaxHeadingLength || line.Count(c => c == ' ') + 1 > MaxHeadingWords)
            return false;
        var last = line[^1];
        return last is not ('.' or '!' or '?' or ';' or ',' or ':' or '…');
    }

    private static bool IsFurniture(string line) =>
        AlwaysFurniture().IsMatch(line) || (line.Length < 60 && ShortFurniture().IsMatch(line));

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^(video|watch the video|watch video|image|photo|foto)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex AlwaysFurniture();

    [GeneratedRegex(@"^(recommended|popular categories|categories|table of contents|contents|read also|read more|see also|related( posts| articles)?|share( this)?|advertisement|anonim|anonymous|tags)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortFurniture();

    private static string HumanizeFileName(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName).Replace('-', ' ').Replace('_', ' ');
        return name.Length == 0 ? fileName : char.ToUpperInvariant(name[0]) + name[1..];
    }
}
