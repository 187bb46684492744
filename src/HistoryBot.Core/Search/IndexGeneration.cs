using System.Text.Json;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace HistoryBot.Core.Search;

/// <summary>
/// One built, validated generation folder opened for reading: its manifest, a Lucene reader
/// and searcher, and the analysis of the paragraphs that answered (cached: the same ones
/// answer again and again). Immutable once open; shared by concurrent queries and disposed
/// when the last lease on it is released. While open it holds a shared lock on the folder's
/// lease file, so no process cleans it away.
/// </summary>
public sealed class IndexGeneration : IDisposable
{
    private const int MaxCachedParagraphs = 4_096;

    /// <summary>The extension of Lucene 4.1's stored fields data file.</summary>
    private const string StoredTextExtension = "fdt";
    private const int MaxCachedFrequencies = 100_000;
    private const int MaxCachedTermContexts = 20_000;

    private readonly TextAnalyzer _analyzer;
    private readonly BoundedCache<int, AnalyzedParagraph> _paragraphCache = new(MaxCachedParagraphs);
    // A generation never changes, so a term's frequency is looked up in the terms dictionary once.
    private readonly BoundedCache<(string Field, string Term), int> _frequencies = new(MaxCachedFrequencies);
    private readonly BoundedCache<string, int> _stemFrequencies = new(MaxCachedFrequencies, StringComparer.Ordinal);
    private readonly BoundedCache<(string Field, string Term), (string Text, int Df, int Distance)[]> _typoNeighbours = new(MaxCachedFrequencies);
    private readonly BoundedCache<(string Field, string Term), TermContext> _termContexts = new(MaxCachedTermContexts);
    private readonly Dictionary<string, SourceInfo> _sourcesById;
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly GenerationLock _lock;
    private int _leases;
    private int _retired;
    private int _disposed;

    private IndexGeneration(string path, TextAnalyzer analyzer, GenerationManifest manifest, GenerationLock generationLock)
    {
        Path = path;
        _analyzer = analyzer;
        _lock = generationLock;
        Number = manifest.Number;
        BuiltAt = manifest.BuiltAt;
        BuildDuration = TimeSpan.FromMilliseconds(manifest.DurationMs);
        StemmingAvailable = manifest.Stemming;
        Sources = manifest.Sources.Select(source => source.ToSource()).ToList();
        _sourcesById = Sources.ToDictionary(source => source.Id.Value, StringComparer.Ordinal);
        Skipped = manifest.Skipped;
        ParagraphsByLanguage = manifest.ParagraphsByLanguage;
        AverageLength = manifest.AverageLength;

        // Memory-mapped: a term or block lookup is a memory read, not a locked file read (see docs/performance.md, "What a profile … showed").
        // The stored text (.fdt) is read with plain file reads instead: a paragraph is read once
        // (then cached), and a mapped read left its whole compressed block (about 16 KiB) in the
        // process's working set, about 28 MiB of a 200,000-paragraph generation after the
        // bench's questions; read, it stays in the system's file cache only.
        var folder = System.IO.Path.Combine(path, IndexBuilder.EngineFolder);
        _directory = new FileSwitchDirectory(new HashSet<string>(StringComparer.Ordinal) { StoredTextExtension },
            new NIOFSDirectory(folder), new MMapDirectory(folder), doClose: true);
        try
        {
            _reader = DirectoryReader.Open(_directory);
        }
        catch
        {
            _directory.Dispose();
            throw;
        }
        ParagraphCount = _reader.NumDocs;
        if (ParagraphCount != manifest.Paragraphs)
        {
            Dispose();
            throw new InvalidDataException($"{path} holds {ParagraphCount} paragraphs; its manifest says {manifest.Paragraphs}.");
        }
        Searcher = new SegmentParallelSearcher(_reader, SegmentParallelSearcher.DefaultMinimumDocuments) { Similarity = IndexBuilder.Similarity };
        ScoreBounds = new TermScoreBounds(_reader);
        SizeBytes = IndexBuilder.DirectorySize(path);
    }

    /// <summary>The generation's folder.</summary>
    public string Path { get; }

    public string Name => System.IO.Path.GetFileName(Path);

    public long Number { get; }

    public DateTimeOffset BuiltAt { get; }

    public TimeSpan BuildDuration { get; }

    public bool StemmingAvailable { get; }

    public IReadOnlyList<SourceInfo> Sources { get; }

    public IReadOnlyList<SkippedFile> Skipped { get; }

    public int ParagraphCount { get; }

    public IReadOnlyDictionary<string, int> ParagraphsByLanguage { get; }

    public long SizeBytes { get; }

    internal double AverageLength { get; }

    internal IndexSearcher Searcher { get; }

    internal IndexReader Reader => _reader;

    /// <summary>Each asked term's highest score per segment, read from its postings once (<see cref="MaxScoreQuery"/>).</summary>
    internal TermScoreBounds ScoreBounds { get; }

    /// <summary>Lucene's document count including deleted ones: what its scoring divides by.</summary>
    internal int MaxDocument => _reader.MaxDoc;

    /// <summary>Opens and checks a generation folder; throws when it is not a usable index.</summary>
    public static IndexGeneration Open(string path, TextAnalyzer analyzer)
    {
        var manifestPath = System.IO.Path.Combine(path, GenerationManifest.FileName);
        if (!File.Exists(manifestPath))
            throw new InvalidDataException($"{path} is not a finished index generation (no {GenerationManifest.FileName}).");
        GenerationManifest manifest;
        try
        {
            using var stream = File.OpenRead(manifestPath);
            manifest = JsonSerializer.Deserialize(stream, GenerationJsonContext.Default.GenerationManifest)
                ?? throw new InvalidDataException($"{manifestPath} is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{manifestPath} cannot be read: {ex.Message}", ex);
        }
        if (manifest.Schema != GenerationManifest.CurrentSchema)
            throw new InvalidDataException($"{path} has index schema {manifest.Schema}; this version reads {GenerationManifest.CurrentSchema}.");
        if (manifest.Analysis != analyzer.Version)
            throw new InvalidDataException($"{path} was built with analysis {manifest.Analysis}; this version analyses as {analyzer.Version}.");
        var generationLock = GenerationLock.Share(path)
            ?? throw new InvalidDataException($"{path} is being removed.");
        try
        {
            return new IndexGeneration(path, analyzer, manifest, generationLock);
        }
        catch
        {
            generationLock.Dispose();
            throw;
        }
    }

    /// <summary>Where an index part keeps its file in this generation (e.g. "facts.json.gz").</summary>
    public string PartFile(string fileName) => System.IO.Path.Combine(Path, fileName);

    public SourceInfo? FindSource(SourceId id) => _sourcesById.GetValueOrDefault(id.Value);

    /// <summary>In how many paragraphs a term of a field occurs (cached: questions repeat their words).</summary>
    internal int DocumentFrequency(string field, string term)
    {
        if (_frequencies.TryGet((field, term), out var cached))
            return cached;
        var frequency = _reader.DocFreq(new Term(field, term));
        _frequencies.Add((field, term), frequency);
        return frequency;
    }

    /// <summary>
    /// Where a term stands in each segment's terms dictionary, and its frequency: what a
    /// <see cref="TermQuery"/> would otherwise look up again on every question. Cached (a
    /// generation never changes); shared read-only by concurrent questions.
    /// </summary>
    internal TermContext TermContext(string field, string term)
    {
        if (_termContexts.TryGet((field, term), out var cached))
            return cached;
        var context = Lucene.Net.Index.TermContext.Build(_reader.Context, new Term(field, term));
        _termContexts.Add((field, term), context);
        return context;
    }

    /// <summary>Whether <paramref name="context"/> is this generation's reader (cached term contexts belong to it alone).</summary>
    internal bool Reads(IndexReaderContext context) => ReferenceEquals(context, _reader.Context);

    /// <summary>
    /// Indexed terms of a field within <paramref name="allowed"/> edits of a term (the first
    /// letter fixed): Lucene's <see cref="FuzzyQuery"/> expanded against this generation, at
    /// most <paramref name="maxExpansions"/>, with their frequencies and distances; cached.
    /// </summary>
    internal (string Text, int Df, int Distance)[] TypoNeighbours(string field, string term, int allowed, int maxExpansions)
    {
        if (_typoNeighbours.TryGet((field, term), out var cached))
            return cached;
        var fuzzy = new FuzzyQuery(new Term(field, term), allowed, prefixLength: 1, maxExpansions: maxExpansions, transpositions: true);
        var terms = new HashSet<Term>();
        fuzzy.Rewrite(_reader).ExtractTerms(terms);
        var found = new List<(string Text, int Df, int Distance)>(terms.Count);
        foreach (var neighbour in terms)
        {
            var text = neighbour.Text;
            if (text != term)
                found.Add((text, DocumentFrequency(field, text), EditDistance.Bounded(term, text, allowed)));
        }
        var result = found.ToArray();
        _typoNeighbours.Add((field, term), result);
        return result;
    }

    /// <summary>In how many paragraphs a stem occurs in any language (each paragraph fills the stem field of its own language, so the fields add up).</summary>
    internal int StemDocumentFrequency(string stem)
    {
        if (_stemFrequencies.TryGet(stem, out var cached))
            return cached;
        var frequency = 0;
        foreach (var field in AnalysisFields.StemFields)
            frequency += DocumentFrequency(field, stem);
        _stemFrequencies.Add(stem, frequency);
        return frequency;
    }

    /// <summary>A paragraph with its analysis, by Lucene document id; cached.</summary>
    internal AnalyzedParagraph GetParagraph(int document)
    {
        if (_paragraphCache.TryGet(document, out var cached))
            return cached;
        var (order, paragraph) = Load(document);
        var analyzed = new AnalyzedParagraph(order, paragraph, _analyzer.Analyze(paragraph.Text, paragraph.Language));
        _paragraphCache.Add(document, analyzed);
        return analyzed;
    }

    /// <summary>Every paragraph of a source in order, for "show the source" and translations.</summary>
    public IReadOnlyList<Paragraph> ParagraphsOf(SourceId source)
    {
        ObjectDisposedException.ThrowIf(_disposed == 1, this);
        var collector = new DocumentCollector();
        Searcher.Search(new TermQuery(new Term(IndexFields.Source, source.Value)), collector);
        return collector.Documents.Select(document => Load(document)).OrderBy(pair => pair.Paragraph.Number).ThenBy(pair => pair.Order)
            .Select(pair => pair.Paragraph).ToList();
    }

    internal bool TryLease()
    {
        Interlocked.Increment(ref _leases);
        if (Volatile.Read(ref _retired) == 0)
            return true;
        Release();
        return false;
    }

    internal void Release()
    {
        if (Interlocked.Decrement(ref _leases) == 0 && Volatile.Read(ref _retired) == 1)
            Dispose();
    }

    /// <summary>No new leases; disposed as soon as the queries still on it finish.</summary>
    internal void Retire()
    {
        Interlocked.Exchange(ref _retired, 1);
        if (Volatile.Read(ref _leases) == 0)
            Dispose();
    }

    public bool IsDisposed => Volatile.Read(ref _disposed) == 1;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        _reader?.Dispose();
        _directory.Dispose();
        _lock.Dispose();
    }

    private (long Order, Paragraph Paragraph) Load(int document)
    {
        ObjectDisposedException.ThrowIf(_disposed == 1, this);
        var stored = Searcher.Doc(document);
        var source = stored.Get(IndexFields.Source);
        var title = _sourcesById.TryGetValue(source, out var info) ? info.Title : source;
        var paragraph = new Paragraph(new SourceId(source), title, stored.Get(IndexFields.Section),
            stored.GetField(IndexFields.Number).GetInt32Value() ?? 0, stored.Get(IndexFields.Language), stored.Get(IndexFields.Body));
        return (stored.GetField(IndexFields.Order).GetInt32Value() ?? 0, paragraph);
    }

    /// <summary>Collects every matching document id, for listing a source.</summary>
    private sealed class DocumentCollector : ICollector
    {
        private int _base;

        public List<int> Documents { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void Collect(int doc) => Documents.Add(_base + doc);

        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;
    }
}
