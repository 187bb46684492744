using System.Diagnostics;
using System.Text.Json;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Files;
using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HistoryBot.Core.Search;

/// <summary>
/// Writes one index generation into a folder from a corpus and validates it before anyone may
/// use it: the Lucene index is committed, reopened and checked (paragraph and source counts,
/// a probe query), the index parts write their files, and the manifest is written last.
/// </summary>
public sealed class IndexBuilder(
    TextAnalyzer analyzer,
    IEnumerable<IIndexPart> parts,
    TimeProvider time,
    ILogger<IndexBuilder>? logger = null)
{
    /// <summary>The engine's files live in this sub-folder of a generation folder.</summary>
    public const string EngineFolder = "lucene";

    /// <summary>BM25 with a small length normalisation: passages, not documents, so a long paragraph is not much less likely to answer.</summary>
    internal static Similarity Similarity { get; } = new BM25Similarity(1.2f, 0.4f);

    private static readonly FieldType StemFieldType = Freeze(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
    });

    private static readonly FieldType KeyFieldType = Freeze(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
    });

    private const int ParallelFrom = 5_000;

    private readonly ILogger _logger = logger ?? NullLogger<IndexBuilder>.Instance;
    private readonly IReadOnlyList<IIndexPart> _parts = parts.ToList();

    /// <summary>Builds a generation into <paramref name="directory"/> (which must exist and be empty), or throws <see cref="IndexBuildException"/>.</summary>
    public IndexBuildReport Build(
        LoadedCorpus corpus,
        string directory,
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

        var partCounts = new Dictionary<string, int>();
        double averageLength;
        try
        {
            // Progress comes from several indexing threads; whoever listens gets one report at a time.
            var serial = progress is null ? null : new SerialProgress(progress);
            if (corpus.Paragraphs.Count < ParallelFrom)
            {
                // A small library is indexed before a second thread would have started.
                WriteIndex(corpus, Path.Combine(directory, EngineFolder), serial, cancellationToken);
                foreach (var part in _parts)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new BuildProgress(part.Name, 0, 1));
                    partCounts[part.Name] = part.Build(directory, corpus, cancellationToken);
                    progress?.Report(new BuildProgress(part.Name, 1, 1));
                }
            }
            else
            {
                foreach (var (name, count) in WriteIndexBesideParts(corpus, directory, serial, cancellationToken))
                    partCounts[name] = count;
            }
            averageLength = Validate(Path.Combine(directory, EngineFolder), corpus, sourceStillExists);
        }
        catch (IOException ex)
        {
            throw new IndexBuildException($"Writing the index failed: {Reason(ex)}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new IndexBuildException($"Writing the index failed: {ex.Message}", ex);
        }

        var builtAt = time.GetUtcNow();
        var byLanguage = corpus.Paragraphs.GroupBy(p => p.Language).ToDictionary(g => g.Key, g => g.Count());
        var manifest = new GenerationManifest(GenerationManifest.CurrentSchema, analyzer.Version, generation, builtAt, stopwatch.ElapsedMilliseconds,
            analyzer.StemmingAvailable, corpus.Paragraphs.Count, averageLength, byLanguage,
            corpus.Sources.Select(ManifestSource.From).ToList(), corpus.Skipped, partCounts);
        WriteManifest(directory, manifest);

        var report = new IndexBuildReport(
            generation,
            builtAt,
            stopwatch.Elapsed,
            corpus.Sources,
            byLanguage,
            partCounts,
            corpus.Skipped,
            DirectorySize(directory),
            analyzer.StemmingAvailable);
        _logger.LogInformation("Built index generation {Generation}: {Paragraphs} paragraphs from {Sources} sources in {Milliseconds} ms",
            generation, report.ParagraphCount, report.Sources.Count, (long)report.Duration.TotalMilliseconds);
        return report;
    }

    /// <summary>
    /// Writes the index of a large corpus while the parts (the facts), which read the corpus and
    /// not the index, are built beside it on the processor time indexing leaves (its commit runs
    /// on one thread). Progress reports the parts once the index is written, as a serial build would.
    /// </summary>
    private List<(string Name, int Count)> WriteIndexBesideParts(LoadedCorpus corpus, string directory, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
    {
        using var partsCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var parts = Task.Run(() => BuildParts(directory, corpus, partsCancellation.Token), partsCancellation.Token);
        try
        {
            WriteIndex(corpus, Path.Combine(directory, EngineFolder), progress, cancellationToken);
        }
        catch
        {
            partsCancellation.Cancel();
            try
            {
                parts.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
                // The index failed first: its error is the one to report.
            }
            throw;
        }
        foreach (var part in _parts)
            progress?.Report(new BuildProgress(part.Name, 0, 1));
        var counts = parts.GetAwaiter().GetResult();
        foreach (var (name, _) in counts)
            progress?.Report(new BuildProgress(name, 1, 1));
        return counts;
    }

    private List<(string Name, int Count)> BuildParts(string directory, LoadedCorpus corpus, CancellationToken cancellationToken)
    {
        var counts = new List<(string Name, int Count)>();
        foreach (var part in _parts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            counts.Add((part.Name, part.Build(directory, corpus, cancellationToken)));
        }
        return counts;
    }

    /// <summary>The bytes of every file under a folder.</summary>
    public static long DirectorySize(string directory) =>
        System.IO.Directory.Exists(directory)
            ? new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(file => file.Length)
            : 0;

    private void WriteIndex(LoadedCorpus corpus, string path, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
    {
        var total = corpus.Paragraphs.Count;
        var done = 0;
        // Two indexing threads pay off on a large corpus; a small one is done before they start.
        var workers = total < ParallelFrom ? 1 : Math.Clamp(Environment.ProcessorCount, 1, 2);
        var share = (total + workers - 1) / workers;
        using (var directory = FSDirectory.Open(path))
        using (var writer = new IndexWriter(directory, WriterConfig(share)))
        {
            if (workers == 1)
            {
                Index(writer, 0, total);
            }
            else
            {
                // Each thread indexes one contiguous share of the corpus with its own writer into
                // memory, so its paragraphs make one segment, in corpus order; the segments are then
                // copied, in share order, into the index. Shares written to folders of their own
                // cost the 200,000-paragraph build a tenth more time (their files synced, then
                // copied). One writer shared by both threads had mostly done the same, but Lucene's
                // binding of a thread to its in-memory segment is best effort: now and then one
                // thread's block landed in the other's segment. Added one by one, the two threads'
                // paragraphs had interleaved in both segments, and the stored text and postings
                // compressed worse.
                var shares = new Lucene.Net.Store.Directory[workers];
                try
                {
                    Parallel.For(
                        0,
                        workers,
                        new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken },
                        worker =>
                        {
                            shares[worker] = new RAMDirectory();
                            using var shareWriter = new IndexWriter(shares[worker], WriterConfig(share));
                            Index(shareWriter, worker * share, Math.Min(total, (worker + 1) * share));
                            shareWriter.Commit();
                        });
                    writer.AddIndexes(shares);
                }
                finally
                {
                    foreach (var shareDirectory in shares)
                        shareDirectory?.Dispose();
                }
            }
            progress?.Report(new BuildProgress("paragraphs", total, total));
            progress?.Report(new BuildProgress("commit", 0, 1));
            writer.Commit();
            progress?.Report(new BuildProgress("commit", 1, 1));
        }

        // One field set is reused: it holds one paragraph at a time.
        void Index(IndexWriter target, int start, int end)
        {
            var document = new ParagraphDocument(analyzer.Analyzer);
            for (var index = start; index < end; index++)
            {
                target.AddDocument(document.Fill(index + 1, corpus.Paragraphs[index]));
                var count = Interlocked.Increment(ref done);
                if (count % 2000 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new BuildProgress("paragraphs", count, total));
                }
            }
        }
    }

    /// <summary>
    /// A writer that writes a segment when its buffer is full or at the commit, never after a
    /// number of paragraphs: a share of the corpus that fits the buffer becomes one segment.
    /// </summary>
    private IndexWriterConfig WriterConfig(int share) =>
        new(LuceneVersion.LUCENE_48, analyzer.Analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = Similarity,
            RAMBufferSizeMB = 48,
            MaxBufferedDocs = Math.Max(2, share + 1),
            UseCompoundFile = false,
        };

    /// <summary>Reopens the committed index: every paragraph and source is there and a probe query finds its paragraph.</summary>
    private double Validate(string path, LoadedCorpus corpus, Func<string, bool>? sourceStillExists)
    {
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        if (reader.NumDocs != corpus.Paragraphs.Count)
            throw new IndexBuildException($"The new index holds {reader.NumDocs} paragraphs but {corpus.Paragraphs.Count} were loaded.");
        var sourceTerms = MultiFields.GetTerms(reader, IndexFields.Source);
        var indexedSources = 0;
        if (sourceTerms is not null)
        {
            var terms = sourceTerms.GetEnumerator();
            while (terms.MoveNext())
                indexedSources++;
        }
        var withParagraphs = corpus.Paragraphs.Select(p => p.SourceId).Distinct().Count();
        if (indexedSources != withParagraphs)
            throw new IndexBuildException($"The new index lists {indexedSources} sources but {withParagraphs} were loaded.");

        var searcher = new IndexSearcher(reader) { Similarity = Similarity };
        var probe = corpus.Paragraphs[0];
        var field = AnalysisFields.StemsOf(probe.Language);
        if (analyzer.Analyze(probe.Text, probe.Language).FirstOrDefault(token => token.Stem is not null) is { Stem: { } stem }
            && Language.IsSupported(probe.Language))
        {
            var found = searcher.Search(new TermQuery(new Term(field, stem)), 1).TotalHits;
            if (found == 0)
                throw new IndexBuildException($"The new index does not find \"{stem}\" in the first paragraph of {probe.SourceId}.");
        }

        if (sourceStillExists is not null)
        {
            var vanished = corpus.Sources.Where(source => !sourceStillExists(source.File)).Select(source => source.File).ToList();
            if (vanished.Count > 0)
                throw new IndexBuildException($"Source files vanished during the build: {string.Join(", ", vanished)}.");
        }

        var contentWords = AnalysisFields.StemFields.Sum(name => Math.Max(0, reader.GetSumTotalTermFreq(name)));
        return Math.Max(1, (double)contentWords / Math.Max(1, reader.NumDocs));
    }

    private static void WriteManifest(string directory, GenerationManifest manifest) =>
        DurableFile.Write(
            Path.Combine(directory, GenerationManifest.FileName),
            JsonSerializer.SerializeToUtf8Bytes(manifest, GenerationJsonContext.Default.GenerationManifest));

    private static string Reason(IOException ex) =>
        ex.HResult == 28 || ex.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase) ? "the disk is full." : ex.Message;

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private sealed class SerialProgress(IProgress<BuildProgress> inner) : IProgress<BuildProgress>
    {
        private readonly System.Threading.Lock _gate = new();

        public void Report(BuildProgress value)
        {
            lock (_gate)
                inner.Report(value);
        }
    }

    /// <summary>
    /// One reusable document per indexing thread: Lucene lets fields be refilled between adds.
    /// A paragraph's text is split into words once; its language field and the key field read
    /// their terms from those words (<see cref="ParagraphWords"/>).
    /// </summary>
    private sealed class ParagraphDocument
    {
        private readonly ParagraphWords _words;
        private readonly StoredField _order = new(IndexFields.Order, 0);
        private readonly StringField _source = new(IndexFields.Source, "", Field.Store.YES);
        private readonly StoredField _number = new(IndexFields.Number, 0);
        private readonly StoredField _language = new(IndexFields.Language, "");
        private readonly StoredField _section = new(IndexFields.Section, "");
        private readonly StoredField _body = new(IndexFields.Body, "");
        private readonly Field _key;
        private readonly Dictionary<string, Field> _stems;

        public ParagraphDocument(HistoryAnalyzer analyzer)
        {
            _words = new ParagraphWords(analyzer);
            _key = new Field(AnalysisFields.Key, new WordTermsStream(_words, AnalysisFields.Key), KeyFieldType);
            _stems = AnalysisFields.StemFields.ToDictionary(
                name => name,
                name => new Field(name, new WordTermsStream(_words, name), StemFieldType));
        }

        public Document Fill(int order, Paragraph paragraph)
        {
            var document = new Document();
            _order.SetInt32Value(order);
            _source.SetStringValue(paragraph.SourceId.Value);
            _number.SetInt32Value(paragraph.Number);
            _language.SetStringValue(paragraph.Language);
            _body.SetStringValue(paragraph.Text);
            document.Add(_order);
            document.Add(_source);
            document.Add(_number);
            document.Add(_language);
            if (paragraph.Section is { } section)
            {
                _section.SetStringValue(section);
                document.Add(_section);
            }
            document.Add(_body);
            _words.Fill(paragraph.Text);
            // A paragraph in a language without a stemmed field is still found by its keys.
            if (_stems.TryGetValue(AnalysisFields.StemsOf(paragraph.Language), out var stems))
                document.Add(stems);
            document.Add(_key);
            return document;
        }
    }
}
