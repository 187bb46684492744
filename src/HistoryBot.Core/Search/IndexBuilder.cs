using System.Diagnostics;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HistoryBot.Core.Search;

/// <summary>
/// Writes one index generation file from a corpus and validates it before anyone may
/// use it: the file is built under a temporary name and only renamed when it checks out.
/// </summary>
public sealed class IndexBuilder(
    TextAnalyzer analyzer,
    IEnumerable<IIndexPart> parts,
    TimeProvider time,
    ILogger<IndexBuilder>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<IndexBuilder>.Instance;
    private readonly IReadOnlyList<IIndexPart> _parts = parts.ToList();

    /// <summary>Builds <paramref name="outputPath"/> from a loaded corpus, or throws <see cref="IndexBuildException"/>.</summary>
    public IndexBuildReport Build(
        LoadedCorpus corpus,
        string outputPath,
        long generation,
        IProgress<BuildProgress>? progress = null,
        Func<string, bool>? sourceStillExists = null,
        CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        if (corpus.Paragraphs.Count == 0)
            throw new IndexBuildException(corpus.Skipped.Count == 0
                ? "No paragraphs to index: the sources folder has no documents."
                : $"No paragraphs to index: every document was skipped ({string.Join("; ", corpus.Skipped.Select(s => $"{s.File}: {s.Reason}"))}).");

        var temporary = outputPath + ".tmp";
        DeleteQuietly(temporary);
        var partCounts = new Dictionary<string, int>();
        try
        {
            using (var connection = Open(temporary))
            {
                Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=4096;");
                Execute(connection, IndexSchema.Create);
                using var transaction = connection.BeginTransaction();
                WriteParagraphs(connection, corpus, progress, cancellationToken);
                WriteSources(connection, corpus);
                foreach (var part in _parts)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new BuildProgress(part.Name, 0, 1));
                    partCounts[part.Name] = part.Build(connection, corpus, cancellationToken);
                    progress?.Report(new BuildProgress(part.Name, 1, 1));
                }
                var builtAt = time.GetUtcNow();
                WriteMeta(connection, new Dictionary<string, string>
                {
                    ["schema"] = IndexSchema.Version.ToString(),
                    ["generation"] = generation.ToString(),
                    ["built_at"] = builtAt.ToString("O"),
                    ["paragraphs"] = corpus.Paragraphs.Count.ToString(),
                    ["stemming"] = analyzer.StemmingAvailable ? "1" : "0",
                    ["analysis"] = analyzer.Version,
                    ["duration_ms"] = stopwatch.ElapsedMilliseconds.ToString(),
                });
                transaction.Commit();
                progress?.Report(new BuildProgress("optimize", 0, 1));
                Execute(connection, "INSERT INTO stem_index(stem_index) VALUES('optimize'); INSERT INTO prefix_index(prefix_index) VALUES('optimize');");
                progress?.Report(new BuildProgress("optimize", 1, 1));
            }

            Validate(temporary, corpus, sourceStillExists);
            File.Move(temporary, outputPath, overwrite: true);
        }
        catch (SqliteException ex)
        {
            DeleteQuietly(temporary);
            var reason = ex.SqliteErrorCode == 13 ? "the disk is full" : ex.Message;
            throw new IndexBuildException($"Writing the index failed: {reason}.", ex);
        }
        catch (IOException ex)
        {
            DeleteQuietly(temporary);
            throw new IndexBuildException($"Writing the index failed: {ex.Message}", ex);
        }
        catch
        {
            DeleteQuietly(temporary);
            throw;
        }

        var report = new IndexBuildReport(
            generation,
            time.GetUtcNow(),
            stopwatch.Elapsed,
            corpus.Sources,
            corpus.Paragraphs.GroupBy(p => p.Language).ToDictionary(g => g.Key, g => g.Count()),
            partCounts,
            corpus.Skipped,
            new FileInfo(outputPath).Length,
            analyzer.StemmingAvailable);
        _logger.LogInformation("Built index generation {Generation}: {Paragraphs} paragraphs from {Sources} sources in {Milliseconds} ms",
            generation, report.ParagraphCount, report.Sources.Count, (long)report.Duration.TotalMilliseconds);
        return report;
    }

    private void WriteParagraphs(SqliteConnection connection, LoadedCorpus corpus, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
    {
        using var insertParagraph = Command(connection,
            "INSERT INTO paragraphs(id, source_id, number, language, section, text, length) VALUES($id, $source, $number, $language, $section, $text, $length)",
            "$id", "$source", "$number", "$language", "$section", "$text", "$length");
        using var insertStems = Command(connection, "INSERT INTO stem_index(rowid, terms) VALUES($id, $terms)", "$id", "$terms");
        using var insertPrefixes = Command(connection, "INSERT INTO prefix_index(rowid, terms) VALUES($id, $terms)", "$id", "$terms");

        var stems = new List<string>();
        var prefixes = new List<string>();
        var total = corpus.Paragraphs.Count;
        for (var index = 0; index < total; index++)
        {
            if (index % 1000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new BuildProgress("paragraphs", index, total));
            }
            var paragraph = corpus.Paragraphs[index];
            stems.Clear();
            prefixes.Clear();
            foreach (var token in analyzer.Analyze(paragraph.Text, paragraph.Language))
            {
                if (token.Stem is null)
                    continue;
                if (IndexTerms.Clean(token.Stem) is { } stem)
                    stems.Add(stem);
                if (IndexTerms.PrefixOf(token.Token.Folded) is { } prefix)
                    prefixes.Add(prefix);
            }

            var id = index + 1L;
            Run(insertParagraph, id, paragraph.SourceId.Value, paragraph.Number, paragraph.Language, (object?)paragraph.Section ?? DBNull.Value, paragraph.Text, stems.Count);
            Run(insertStems, id, string.Join(' ', stems));
            Run(insertPrefixes, id, string.Join(' ', prefixes));
        }
        progress?.Report(new BuildProgress("paragraphs", total, total));
    }

    private static void WriteSources(SqliteConnection connection, LoadedCorpus corpus)
    {
        using var insertSource = Command(connection,
            "INSERT INTO sources(id, title, language, file, paragraphs, translation_of, has_metadata) VALUES($id, $title, $language, $file, $paragraphs, $translation, $metadata)",
            "$id", "$title", "$language", "$file", "$paragraphs", "$translation", "$metadata");
        foreach (var source in corpus.Sources)
            Run(insertSource, source.Id.Value, source.Title, source.Language, source.File, source.ParagraphCount, (object?)source.TranslationOf ?? DBNull.Value, source.HasMetadata ? 1 : 0);

        using var insertSkipped = Command(connection, "INSERT INTO skipped(file, reason) VALUES($file, $reason)", "$file", "$reason");
        foreach (var skipped in corpus.Skipped)
            Run(insertSkipped, skipped.File, skipped.Reason);
    }

    private static void WriteMeta(SqliteConnection connection, Dictionary<string, string> values)
    {
        using var insert = Command(connection, "INSERT INTO meta(key, value) VALUES($key, $value)", "$key", "$value");
        foreach (var (key, value) in values)
            Run(insert, key, value);
    }

    private static void Validate(string path, LoadedCorpus corpus, Func<string, bool>? sourceStillExists)
    {
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        {
            connection.Open();
            var check = Scalar(connection, "PRAGMA quick_check");
            if (check is not "ok")
                throw new IndexBuildException($"The new index failed its integrity check: {check}.");
            var paragraphs = Convert.ToInt32(Scalar(connection, "SELECT count(*) FROM paragraphs"));
            var indexed = Convert.ToInt32(Scalar(connection, "SELECT count(*) FROM stem_index"));
            if (paragraphs != corpus.Paragraphs.Count || indexed != corpus.Paragraphs.Count)
                throw new IndexBuildException($"The new index holds {paragraphs} paragraphs ({indexed} indexed) but {corpus.Paragraphs.Count} were loaded.");
            var sources = Convert.ToInt32(Scalar(connection, "SELECT count(*) FROM sources"));
            if (sources != corpus.Sources.Count)
                throw new IndexBuildException($"The new index lists {sources} sources but {corpus.Sources.Count} were loaded.");
        }
        if (sourceStillExists is not null)
        {
            var vanished = corpus.Sources.Where(source => !sourceStillExists(source.File)).Select(source => source.File).ToList();
            if (vanished.Count > 0)
                throw new IndexBuildException($"Source files vanished during the build: {string.Join(", ", vanished)}.");
        }
    }

    internal static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left for the start-up clean-up.
        }
    }
}
