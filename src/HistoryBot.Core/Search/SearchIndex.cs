using System.Globalization;
using System.Runtime.CompilerServices;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Diagnostics;
using HistoryBot.Core.Files;
using HistoryBot.Core.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Search;

/// <summary>
/// Hands out the current index generation and swaps in new ones (the searcher-manager
/// pattern). A build writes generation N+1 into its own new folder beside N, commits and
/// validates it, points CURRENT at it (written aside, flushed to disk, renamed into place),
/// and only then swaps; queries in flight finish on N. A failed or killed build leaves
/// CURRENT, and so the serving generation, untouched. Several processes may share one data
/// folder: numbers are handed out under a file lock, each folder is held by a file lock
/// while it is built or served, and clean-up removes only folders nobody holds.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const string CurrentFile = "CURRENT";
    private const string GenerationPrefix = "gen-";
    private const string BuildingSuffix = ".building";
    private const string NumberingLock = "numbering.lock";

    /// <summary>A finished generation nobody holds is still left alone this long: a process may be about to open it.</summary>
    private static readonly TimeSpan RecentGeneration = TimeSpan.FromMinutes(1);

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
            if (current is not null)
            {
                try
                {
                    Swap(IndexGeneration.Open(Path.Combine(IndexDirectory, current), _analyzer));
                    CleanUp();
                    return null;
                }
                catch (InvalidDataException ex)
                {
                    _logger.LogInformation("Rebuilding the index: {Reason}", ex.Message);
                }
                catch (Exception ex) when (IsUnreadable(ex))
                {
                    _logger.LogWarning(ex, "The index generation {Folder} cannot be read; rebuilding", current);
                }
            }
            CleanUp();
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
        RebuildCoreAsync(progress, new StrongBox<LoadedCorpus?>(corpus), cancellationToken);

    public void Dispose()
    {
        lock (_swapGate)
        {
            _current?.Retire();
            _current = null;
        }
        _buildGate.Dispose();
    }

    // A given corpus comes in a box the build empties once it is indexed: the callers' async
    // frames live on until their continuations return, and must not keep a large corpus alive.
    private async Task<IndexBuildReport> RebuildCoreAsync(IProgress<BuildProgress>? progress, StrongBox<LoadedCorpus?>? given, CancellationToken cancellationToken)
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

    private async Task<IndexBuildReport> BuildAndSwapAsync(IProgress<BuildProgress>? progress, StrongBox<LoadedCorpus?>? given, CancellationToken cancellationToken)
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

    private async Task<IndexBuildReport> BuildAndSwapCoreAsync(IProgress<BuildProgress>? progress, StrongBox<LoadedCorpus?>? given, CancellationToken cancellationToken)
    {
        // Building is CPU and disk work: keep it off the caller's thread.
        return await Task.Run(() =>
        {
            var fromSources = given is null;
            var corpus = given?.Value ?? Load(progress, cancellationToken);
            if (given is not null)
                given.Value = null;

            var (number, building) = ReserveGeneration();
            var name = Path.GetFileName(building)[..^BuildingSuffix.Length];
            var path = Path.Combine(IndexDirectory, name);
            IndexGeneration generation;
            IndexBuildReport report;
            using (var hold = GenerationLock.Share(building))
            {
                try
                {
                    report = _builder.Build(corpus, building, number, progress,
                        fromSources ? sourceFile => File.Exists(Path.Combine(SourcesDirectory, sourceFile)) : null, cancellationToken);
                    System.IO.Directory.Move(building, path);
                }
                catch
                {
                    DeleteQuietly(building);
                    throw;
                }
                try
                {
                    generation = IndexGeneration.Open(path, _analyzer);
                }
                catch (Exception ex)
                {
                    DeleteQuietly(path);
                    throw new IndexBuildException($"The new index could not be opened: {ex.Message}", ex);
                }
            }
            if (Publish(name, number) is { } newer)
            {
                // Another process published a later generation while this one was built: CURRENT
                // never moves back, so this process serves that one and its own is cleaned up.
                try
                {
                    var published = IndexGeneration.Open(Path.Combine(IndexDirectory, newer), _analyzer);
                    generation.Dispose();
                    generation = published;
                }
                catch (Exception ex) when (ex is InvalidDataException || IsUnreadable(ex))
                {
                    _logger.LogWarning(ex, "CURRENT names {Folder}, which cannot be read; serving generation {Generation} built here", newer, number);
                }
            }
            Swap(generation);
            // The previous generation stays while anyone (here or in another process) still holds it.
            CleanUp();
            return report with { IndexBytes = generation.SizeBytes };
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
            if (pointed is null || serving is null || serving.Name == pointed)
                return;
            Swap(IndexGeneration.Open(Path.Combine(IndexDirectory, pointed), _analyzer));
        }
        catch (Exception ex) when (ex is InvalidDataException || IsUnreadable(ex))
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

    private static bool IsUnreadable(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or FormatException or KeyNotFoundException or Lucene.Net.Index.CorruptIndexException;

    private string? ReadCurrentPointer()
    {
        var path = Path.Combine(IndexDirectory, CurrentFile);
        if (!File.Exists(path))
            return null;
        var name = File.ReadAllText(path).Trim();
        // The pointer names a finished generation folder here and nothing else.
        return name.StartsWith(GenerationPrefix, StringComparison.Ordinal) && !name.EndsWith(BuildingSuffix, StringComparison.Ordinal)
            && Path.GetFileName(name) == name && System.IO.Directory.Exists(Path.Combine(IndexDirectory, name))
            ? name
            : null;
    }

    /// <summary>
    /// Points CURRENT at a new generation unless another process already pointed it at a later
    /// one (then returns that one's folder name). Under the numbering lock, so two publishing
    /// processes never interleave.
    /// </summary>
    private string? Publish(string name, long number)
    {
        using var numbering = LockNumbering();
        if (ReadCurrentPointer() is { } pointed && NumberOf(pointed) > number)
            return pointed;
        WriteCurrentPointer(name);
        return null;
    }

    private static long NumberOf(string name) =>
        long.TryParse(name[GenerationPrefix.Length..].Split('-', '.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;

    /// <summary>Points CURRENT at a generation: written aside, flushed to disk, renamed over the old pointer.</summary>
    private void WriteCurrentPointer(string name) =>
        DurableFile.Write(Path.Combine(IndexDirectory, CurrentFile), System.Text.Encoding.UTF8.GetBytes(name));

    /// <summary>
    /// The next generation number and a new, uniquely named folder to build it in, handed out
    /// under a file lock so two processes never take the same number.
    /// </summary>
    private (long Number, string Directory) ReserveGeneration()
    {
        using var numbering = LockNumbering();
        var numbers = System.IO.Directory.EnumerateDirectories(IndexDirectory, GenerationPrefix + "*")
            .Select(Path.GetFileName)
            .Select(name => NumberOf(name!));
        var serving = Volatile.Read(ref _current)?.Number ?? 0;
        var number = Math.Max(serving, numbers.DefaultIfEmpty(0).Max()) + 1;
        var name = $"{GenerationPrefix}{number.ToString("D6", CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..8]}{BuildingSuffix}";
        var directory = Path.Combine(IndexDirectory, name);
        System.IO.Directory.CreateDirectory(directory);
        return (number, directory);
    }

    private FileStream LockNumbering()
    {
        var path = Path.Combine(IndexDirectory, NumberingLock);
        var deadline = _time.GetTimestamp();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (_time.GetElapsedTime(deadline) < TimeSpan.FromSeconds(30))
            {
                Thread.Sleep(20);
            }
        }
    }

    /// <summary>
    /// Deletes generation folders that are not CURRENT, not served here, held by no process
    /// (building or serving) and, when finished, not recent; and stray pointer files.
    /// </summary>
    private void CleanUp()
    {
        var current = ReadCurrentPointer();
        var serving = Volatile.Read(ref _current)?.Name;
        foreach (var directory in System.IO.Directory.EnumerateDirectories(IndexDirectory, GenerationPrefix + "*"))
        {
            var name = Path.GetFileName(directory);
            if (name == current || name == serving)
                continue;
            var building = name.EndsWith(BuildingSuffix, StringComparison.Ordinal);
            var age = DateTime.UtcNow - System.IO.Directory.GetLastWriteTimeUtc(directory);
            if (!File.Exists(Path.Combine(directory, GenerationLock.FileName)) ? age < RecentGeneration : !building && age < RecentGeneration)
                continue;
            using var exclusive = GenerationLock.TryExclusive(directory);
            if (exclusive is null && File.Exists(Path.Combine(directory, GenerationLock.FileName)))
                continue;
            DeleteQuietly(directory);
        }
        foreach (var file in System.IO.Directory.EnumerateFiles(IndexDirectory, "." + CurrentFile + ".*" + DurableFile.TemporaryExtension))
        {
            if (DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > RecentGeneration)
                DeleteQuietly(file);
        }
    }

    private void DeleteQuietly(string path)
    {
        try
        {
            if (System.IO.Directory.Exists(path))
                System.IO.Directory.Delete(path, recursive: true);
            else
                File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogDebug(ex, "Could not delete {Path} yet", path);
        }
    }
}
