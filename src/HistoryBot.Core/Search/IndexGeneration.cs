using System.Collections.Concurrent;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Text;
using Microsoft.Data.Sqlite;

namespace HistoryBot.Core.Search;

/// <summary>
/// One built, validated index file opened for reading: its metadata, its vocabularies in
/// memory, and a small pool of connections with prepared statements. Immutable once open;
/// shared by concurrent queries and disposed when the last lease on it is released.
/// </summary>
public sealed class IndexGeneration : IDisposable
{
    private const int MaxCachedParagraphs = 50_000;

    private readonly string _connectionString;
    private readonly TextAnalyzer _analyzer;
    private readonly ConcurrentBag<GenerationReader> _readers = [];
    private readonly ConcurrentDictionary<long, AnalyzedParagraph> _paragraphCache = new();
    private readonly Dictionary<string, SourceInfo> _sourcesById;
    private int _leases;
    private int _retired;
    private int _disposed;

    private IndexGeneration(string path, TextAnalyzer analyzer)
    {
        Path = path;
        _analyzer = analyzer;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

        using var connection = OpenConnection();
        var meta = ReadPairs(connection, "SELECT key, value FROM meta").ToDictionary(pair => pair.Key, pair => pair.Value);
        if (!meta.TryGetValue("schema", out var schema) || schema != IndexSchema.Version.ToString())
            throw new InvalidDataException($"{path} has index schema {schema ?? "none"}; this version reads {IndexSchema.Version}.");
        if (meta.GetValueOrDefault("analysis") != analyzer.Version)
            throw new InvalidDataException($"{path} was built with analysis {meta.GetValueOrDefault("analysis") ?? "unknown"}; this version analyses as {analyzer.Version}.");
        Number = long.Parse(meta["generation"]);
        BuiltAt = DateTimeOffset.Parse(meta["built_at"], System.Globalization.CultureInfo.InvariantCulture);
        BuildDuration = TimeSpan.FromMilliseconds(long.Parse(meta.GetValueOrDefault("duration_ms", "0")));
        StemmingAvailable = meta.GetValueOrDefault("stemming") == "1";

        Sources = ReadSources(connection);
        _sourcesById = Sources.ToDictionary(source => source.Id.Value, StringComparer.Ordinal);
        Skipped = ReadRows(connection, "SELECT file, reason FROM skipped", reader => new SkippedFile(reader.GetString(0), reader.GetString(1)));
        ParagraphCount = Convert.ToInt32(Scalar(connection, "SELECT count(*) FROM paragraphs"));
        AverageLength = ParagraphCount == 0 ? 1 : Math.Max(1, Convert.ToDouble(Scalar(connection, "SELECT avg(length) FROM paragraphs")));
        ParagraphsByLanguage = ReadRows(connection, "SELECT language, count(*) FROM paragraphs GROUP BY language", reader => (reader.GetString(0), reader.GetInt32(1)))
            .ToDictionary(pair => pair.Item1, pair => pair.Item2);
        Stems = new Vocabulary(ReadPairs(connection, "SELECT term, doc FROM stem_vocab").Select(pair => KeyValuePair.Create(pair.Key, int.Parse(pair.Value))));
        Prefixes = new Vocabulary(ReadPairs(connection, "SELECT term, doc FROM prefix_vocab").Select(pair => KeyValuePair.Create(pair.Key, int.Parse(pair.Value))));
    }

    public string Path { get; }

    public long Number { get; }

    public DateTimeOffset BuiltAt { get; }

    public TimeSpan BuildDuration { get; }

    public bool StemmingAvailable { get; }

    public IReadOnlyList<SourceInfo> Sources { get; }

    public IReadOnlyList<SkippedFile> Skipped { get; }

    public int ParagraphCount { get; }

    public IReadOnlyDictionary<string, int> ParagraphsByLanguage { get; }

    public long SizeBytes => new FileInfo(Path).Length;

    internal double AverageLength { get; }

    internal Vocabulary Stems { get; }

    internal Vocabulary Prefixes { get; }

    /// <summary>Opens and checks a generation file; throws when it is not a usable index.</summary>
    public static IndexGeneration Open(string path, TextAnalyzer analyzer)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"No index at {path}.", path);
        return new IndexGeneration(path, analyzer);
    }

    /// <summary>A new read-only connection to this generation, for index parts such as facts.</summary>
    public SqliteConnection OpenConnection()
    {
        ObjectDisposedException.ThrowIf(_disposed == 1, this);
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    public SourceInfo? FindSource(SourceId id) => _sourcesById.GetValueOrDefault(id.Value);

    /// <summary>The ids of paragraphs whose postings hold a term.</summary>
    internal void Postings(bool prefix, string term, List<long> into, int limit = int.MaxValue)
    {
        var reader = Rent();
        try
        {
            reader.Postings(prefix, term, into, limit);
        }
        finally
        {
            _readers.Add(reader);
        }
    }

    /// <summary>A paragraph with its analysis; cached, since the same ones answer again and again.</summary>
    internal AnalyzedParagraph? GetParagraph(long id)
    {
        if (_paragraphCache.TryGetValue(id, out var cached))
            return cached;
        var reader = Rent();
        Paragraph? paragraph;
        try
        {
            paragraph = reader.Paragraph(id, source => _sourcesById.TryGetValue(source, out var info) ? info.Title : source);
        }
        finally
        {
            _readers.Add(reader);
        }
        if (paragraph is null)
            return null;
        var analyzed = new AnalyzedParagraph(id, paragraph, _analyzer.Analyze(paragraph.Text, paragraph.Language));
        if (_paragraphCache.Count < MaxCachedParagraphs)
            _paragraphCache.TryAdd(id, analyzed);
        return analyzed;
    }

    /// <summary>Every paragraph of a source in order, for "show the source" and translations.</summary>
    public IReadOnlyList<Paragraph> ParagraphsOf(SourceId source)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM paragraphs WHERE source_id = $source ORDER BY number";
        command.Parameters.AddWithValue("$source", source.Value);
        var ids = new List<long>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
                ids.Add(reader.GetInt64(0));
        }
        return ids.Select(GetParagraph).OfType<AnalyzedParagraph>().Select(p => p.Paragraph).ToList();
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

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        while (_readers.TryTake(out var reader))
            reader.Dispose();
    }

    private GenerationReader Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed == 1, this);
        return _readers.TryTake(out var reader) ? reader : new GenerationReader(OpenConnection());
    }

    private static List<SourceInfo> ReadSources(SqliteConnection connection) =>
        ReadRows(connection, "SELECT id, title, language, file, paragraphs, translation_of, has_metadata FROM sources ORDER BY rowid", reader =>
            new SourceInfo(new SourceId(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetInt32(6) == 1));

    private static List<KeyValuePair<string, string>> ReadPairs(SqliteConnection connection, string sql) =>
        ReadRows(connection, sql, reader => KeyValuePair.Create(reader.GetString(0), Convert.ToString(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)!));

    private static List<T> ReadRows<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(map(reader));
        return rows;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>One connection with its prepared statements; used by one query at a time.</summary>
    private sealed class GenerationReader : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _stemPostings;
        private readonly SqliteCommand _prefixPostings;
        private readonly SqliteCommand _paragraph;

        public GenerationReader(SqliteConnection connection)
        {
            _connection = connection;
            _stemPostings = Prepare("SELECT rowid FROM stem_index WHERE stem_index MATCH $q LIMIT $limit", "$limit");
            _prefixPostings = Prepare("SELECT rowid FROM prefix_index WHERE prefix_index MATCH $q LIMIT $limit", "$limit");
            _paragraph = Prepare("SELECT source_id, number, language, section, text FROM paragraphs WHERE id = $q");
        }

        public void Postings(bool prefix, string term, List<long> into, int limit)
        {
            var command = prefix ? _prefixPostings : _stemPostings;
            command.Parameters[0].Value = IndexTerms.Quote(term);
            command.Parameters[1].Value = limit;
            using var reader = command.ExecuteReader();
            while (reader.Read())
                into.Add(reader.GetInt64(0));
        }

        public Paragraph? Paragraph(long id, Func<string, string> titleOf)
        {
            _paragraph.Parameters[0].Value = id;
            using var reader = _paragraph.ExecuteReader();
            if (!reader.Read())
                return null;
            var source = reader.GetString(0);
            return new Paragraph(new SourceId(source), titleOf(source), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetInt32(1), reader.GetString(2), reader.GetString(4));
        }

        public void Dispose()
        {
            _stemPostings.Dispose();
            _prefixPostings.Dispose();
            _paragraph.Dispose();
            _connection.Dispose();
        }

        private SqliteCommand Prepare(string sql, params string[] more)
        {
            var command = _connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.Add(new SqliteParameter { ParameterName = "$q" });
            foreach (var name in more)
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            command.Prepare();
            return command;
        }
    }
}
