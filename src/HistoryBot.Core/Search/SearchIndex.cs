using System.Globalization;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Diagnostics;
using HistoryBot.Core.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Search;

/// <summary>
/// Hands out the current index generation and swaps in new ones (the searcher-manager
/// pattern). A build writes generation N+1 beside N, validates it, points CURRENT at it
/// with an atomic rename, and only then swaps; queries in flight finish on N. A failed or
/// killed build leaves CURRENT, and so the serving generation, untouched.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const string CurrentFile = "CURRENT";
    private const string GenerationPrefix = "gen-";
    private const string GenerationExtension = ".sqlite";

    private readonly StorageOptions _storage;
    private readonly TextAnalyzer _analyzer;
    private readonly CorpusLoader _loader;
    private readonly IndexBuilder _builder;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _buildGate = new(1, 1);
    private readonly Lock _swapGate = new();
    private IndexGeneration? _current;

    private static readonly TimeSpan PointerCheckInterval = TimeSpan.FromSeconds(2);

    private readonly BotMetrics? _metrics;
    private readonly TimeProvider _time;
    private long _lastPointerCheck;

    public SearchIndex(IOptions<StorageOptions> storage, TextAnalyzer analyzer, CorpusLoader loader, IndexBuilder builder, ILogger<SearchIndex>? logger = null, BotMetrics? metrics = null, TimeProvider? time = null)
    {
        _metrics = metrics;
        _time = time ?? TimeProvider.System;
        _storage = storage.Value;
        _analyzer = analyzer;
        _loader = loader;
        _builder = builder;
        _logger = logger ?? NullLogger<SearchIndex>.Instance;
    }

    /// <summary>Raised after a new generation starts serving.</summary>
    public event Action<IndexGeneration>? Swapped;

    public string IndexDirectory => _storage.IndexDirectory;

    public string SourcesDirectory => _storage.SourcesDirectory;

    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    /// <summary>True while a build runs.</summary>
    public bool IsBuilding => _buildGate.CurrentCount == 0;

    /// <summary>Takes a lease on the serving generation; dispose it when the query is done.</summary>
    public IndexLease Acquire()
    {
        while (true)
        {
            var generation = Volatile.Read(ref _current)
                ?? throw new IndexNotReadyException("The index is not built yet.");
            if (generation.TryLease())
                return new IndexLease(generation);
            // Lost a race with a swap: the next read sees the new generation.
        }
    }

    /// <summary>
    /// Serves the generation CURRENT names, cleaning up what an interrupted build left;
    /// builds one when there is none or it cannot be read. Returns the build report when it built.
    /// </summary>
    public async Task<IndexBuildReport?> EnsureLoadedAsync(IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (IsLoaded)
        {
            FollowPointer();
            return null;
        }
        await _buildGate.WaitAsync(cancellationToken);
        try
        {
            if (IsLoaded)
                return null;
            Directory.CreateDirectory(IndexDirectory);
            var current = ReadCurrentPointer();
            CleanUp(keep: current, null);
            if (current is not null)
            {
                try
                {
                    Swap(IndexGeneration.Open(Path.Combine(IndexDirectory, current), _analyzer));
                    return null;
                }
                catch (InvalidDataException ex)
                {
                    _logger.LogInformation("Rebuilding the index: {Reason}", ex.Message);
                }
                catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException or FormatException or KeyNotFoundException)
                {
                    _logger.LogWarning(ex, "The index generation {File} cannot be read; rebuilding", current);
                }
            }
            return await BuildAndSwapAsync(progress, null, cancellationToken);
        }
        finally
        {
            _buildGate.Release();
        }
    }

    /// <summary>
    /// Rebuilds from the sources folder and swaps the result in. Throws
    /// <see cref="IndexBuildException"/> when the build fails; the old generation keeps serving.
    /// </summary>
    public Task<IndexBuildReport> RebuildAsync(IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RebuildCoreAsync(progress, null, cancellationToken);

    /// <summary>
    /// Builds a generation from a corpus already in memory (an external or generated corpus,
    /// for benchmarks) and swaps it in, like <see cref="RebuildAsync"/>.
    /// </summary>
    public Task<IndexBuildReport> RebuildFromAsync(LoadedCorpus corpus, IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RebuildCoreAsync(progress, corpus, cancellationToken);

    public void Dispose()
    {
        lock (_swapGate)
        {
            _current?.Retire();
            _current = null;
        }
        _buildGate.Dispose();
    }

    private async Task<IndexBuildReport> RebuildCoreAsync(IProgress<BuildProgress>? progress, LoadedCorpus? given, CancellationToken cancellationToken)
    {
        await _buildGate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(IndexDirectory);
            return await BuildAndSwapAsync(progress, given, cancellationToken);
        }
        finally
        {
            _buildGate.Release();
        }
    }

    private async Task<IndexBuildReport> BuildAndSwapAsync(IProgress<BuildProgress>? progress, LoadedCorpus? given, CancellationToken cancellationToken)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var report = await BuildAndSwapCoreAsync(progress, given, cancellationToken);
            _metrics?.Reindex(succeeded: true, stopwatch.Elapsed);
            return report;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _metrics?.Reindex(succeeded: false, stopwatch.Elapsed);
            throw;
        }
    }

    private async Task<IndexBuildReport> BuildAndSwapCoreAsync(IProgress<BuildProgress>? progress, LoadedCorpus? given, CancellationToken cancellationToken)
    {
        // Building is CPU and disk work: keep it off the caller's thread.
        return await Task.Run(() =>
        {
            var corpus = given ?? Load(progress, cancellationToken);

            var number = NextGenerationNumber();
            var file = GenerationPrefix + number.ToString("D6", CultureInfo.InvariantCulture) + GenerationExtension;
            var path = Path.Combine(IndexDirectory, file);
            var report = _builder.Build(corpus, path, number, progress,
                given is null ? sourceFile => File.Exists(Path.Combine(SourcesDirectory, sourceFile)) : null, cancellationToken);

            IndexGeneration generation;
            try
            {
                generation = IndexGeneration.Open(path, _analyzer);
            }
            catch (Exception ex)
            {
                File.Delete(path);
                throw new IndexBuildException($"The new index could not be opened: {ex.Message}", ex);
            }
            // Keep what this process serves, or else what CURRENT named: another process may serve it.
            var previous = Volatile.Read(ref _current) is { } serving ? Path.GetFileName(serving.Path) : ReadCurrentPointer();
            WriteCurrentPointer(file);
            Swap(generation);
            // The previous file stays until the next build: queries may still be reading it.
            CleanUp(keep: file, previous);
            return report;
        }, cancellationToken);
    }

    /// <summary>
    /// Another process (`index` run beside the bot) may have built a generation and pointed
    /// CURRENT at it: every few seconds, a caller checks and swaps it in. Skipped while this
    /// process builds, since its own build moves the pointer.
    /// </summary>
    private void FollowPointer()
    {
        var now = _time.GetTimestamp();
        var last = Interlocked.Read(ref _lastPointerCheck);
        if (last != 0 && _time.GetElapsedTime(last, now) < PointerCheckInterval)
            return;
        if (Interlocked.CompareExchange(ref _lastPointerCheck, now, last) != last || !_buildGate.Wait(0))
            return;
        try
        {
            var pointed = ReadCurrentPointer();
            var serving = Volatile.Read(ref _current);
            if (pointed is null || serving is null || Path.GetFileName(serving.Path) == pointed)
                return;
            Swap(IndexGeneration.Open(Path.Combine(IndexDirectory, pointed), _analyzer));
        }
        catch (Exception ex) when (ex is InvalidDataException or Microsoft.Data.Sqlite.SqliteException or IOException or FormatException or KeyNotFoundException)
        {
            _logger.LogWarning(ex, "CURRENT names a generation that cannot be read; still serving generation {Generation}", _current?.Number);
        }
        finally
        {
            _buildGate.Release();
        }
    }

    private LoadedCorpus Load(IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new BuildProgress("loading sources", 0, 1));
        try
        {
            return _loader.Load(SourcesDirectory, cancellationToken);
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new IndexBuildException(ex.Message, ex);
        }
        finally
        {
            progress?.Report(new BuildProgress("loading sources", 1, 1));
        }
    }

    private void Swap(IndexGeneration generation)
    {
        IndexGeneration? previous;
        lock (_swapGate)
        {
            previous = _current;
            Volatile.Write(ref _current, generation);
        }
        previous?.Retire();
        _logger.LogInformation("Serving index generation {Generation} ({Paragraphs} paragraphs)", generation.Number, generation.ParagraphCount);
        Swapped?.Invoke(generation);
    }

    private string? ReadCurrentPointer()
    {
        var path = Path.Combine(IndexDirectory, CurrentFile);
        if (!File.Exists(path))
            return null;
        var name = File.ReadAllText(path).Trim();
        // The pointer names a file in this folder and nothing else.
        return name.StartsWith(GenerationPrefix, StringComparison.Ordinal) && name.EndsWith(GenerationExtension, StringComparison.Ordinal)
            && Path.GetFileName(name) == name && File.Exists(Path.Combine(IndexDirectory, name))
            ? name
            : null;
    }

    private void WriteCurrentPointer(string file)
    {
        var path = Path.Combine(IndexDirectory, CurrentFile);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, file);
        File.Move(temporary, path, overwrite: true);
    }

    private long NextGenerationNumber()
    {
        var numbers = Directory.EnumerateFiles(IndexDirectory, GenerationPrefix + "*")
            .Select(Path.GetFileName)
            .Select(name => long.TryParse(name![GenerationPrefix.Length..].Split('.')[0], out var n) ? n : 0);
        var serving = Volatile.Read(ref _current)?.Number ?? 0;
        return Math.Max(serving, numbers.DefaultIfEmpty(0).Max()) + 1;
    }

    /// <summary>Deletes leftovers of interrupted builds and generations no longer served.</summary>
    private void CleanUp(string? keep, string? alsoKeep)
    {
        foreach (var path in Directory.EnumerateFiles(IndexDirectory))
        {
            var name = Path.GetFileName(path);
            if (name == CurrentFile || name == keep || name == alsoKeep)
                continue;
            var leftover = name.EndsWith(".tmp", StringComparison.Ordinal)
                || (name.StartsWith(GenerationPrefix, StringComparison.Ordinal) && name.Contains(GenerationExtension, StringComparison.Ordinal));
            if (!leftover)
                continue;
            try
            {
                File.Delete(path);
            }
            catch (IOException ex)
            {
                _logger.LogDebug(ex, "Could not delete {File} yet", name);
            }
        }
    }
}
