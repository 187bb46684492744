using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HistoryBot.Core.Text.Synonyms;

/// <summary>
/// The synonyms admins add with /synonyms, as a synonym source: both words of a pair stand for
/// each other, in questions in the pair's language (or every language), at the highest weight a
/// synonym may have (<see cref="SynonymSources.MaxWeight"/>: admins chose them, unlike WordNet's
/// guesses). The pairs in use are held in memory; <see cref="RefreshAsync"/> reads them again
/// when the store's version changed — after every change made here at once, and for changes
/// made by other processes sharing the store every Synonyms:RefreshInterval
/// (<see cref="AdminSynonymRefresher"/>). Words are compared by their stems in the question's
/// language, so "bid" also stands for "requests" and "bids" for "request".
/// </summary>
public sealed class AdminSynonyms(IAdminSynonymStore store, TextAnalyzer analyzer, ILogger<AdminSynonyms>? logger = null) : IStoredSynonymSource
{
    /// <summary>The <see cref="ISynonymSource.Name"/> shown in `ask --json`.</summary>
    public const string SourceName = "admin";

    /// <summary>How much a match on an admin synonym counts: as much as any synonym may.</summary>
    public const double Weight = SynonymSources.MaxWeight;

    private readonly ILogger _logger = logger ?? NullLogger<AdminSynonyms>.Instance;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _snapshot;

    public string Name => SourceName;

    /// <summary>The pairs in use as last read, oldest first (empty before the first load).</summary>
    public IReadOnlyList<AdminSynonym> Entries => _snapshot?.Entries ?? [];

    public IReadOnlyList<Synonym> For(string phrase, string language)
    {
        var snapshot = _snapshot;
        // Nothing to stem while no admin synonym is in use: questions cost what they did before.
        if (snapshot is null || snapshot.Entries.Count == 0 || !Text.Language.IsSupported(language))
            return [];
        return snapshot.ByStems.GetValueOrDefault((language, Stems(phrase, language))) ?? [];
    }

    /// <summary>The stems of a folded word or phrase in one language, space-separated.</summary>
    private string Stems(string phrase, string language) =>
        string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => analyzer.Stem(word, language)));

    public async Task EnsureLoadedAsync(CancellationToken cancellationToken = default)
    {
        if (_snapshot is not null)
            return;
        try
        {
            await RefreshAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Questions are answered without admin synonyms; the refresher tries again.
            _logger.LogWarning(ex, "The admins' synonyms could not be read from the state store; questions are answered without them until it can be read");
            _snapshot ??= Snapshot.Failed;
        }
    }

    /// <summary>Reads the pairs again when the store's version differs from the one in memory; true when they were read.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // The version first: a change between the two reads shows as a newer version next time.
            var version = await store.VersionAsync(cancellationToken);
            if (_snapshot is { } current && current.Version == version)
                return false;
            var entries = await store.ActiveAsync(cancellationToken);
            _snapshot = Build(version, entries);
            _logger.LogDebug("Read {Count} admin synonyms (version {Version})", entries.Count, version);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Each pair under both of its phrases' stems, in its language or, for a pair of every language, in each.</summary>
    private Snapshot Build(long version, IReadOnlyList<AdminSynonym> entries)
    {
        var lists = new Dictionary<(string, string), List<Synonym>>();
        void Add(string language, string phrase, string synonym)
        {
            var key = (language, Stems(phrase, language));
            if (!lists.TryGetValue(key, out var list))
                lists[key] = list = [];
            if (!list.Any(existing => existing.Text == synonym))
                list.Add(new Synonym(synonym, Weight, SourceName));
        }
        foreach (var entry in entries)
        {
            foreach (var language in entry.Language is { } one ? [one] : Text.Language.All)
            {
                Add(language, entry.First, entry.Second);
                Add(language, entry.Second, entry.First);
            }
        }
        return new Snapshot(version, entries, lists.ToFrozenDictionary(pair => pair.Key, pair => (IReadOnlyList<Synonym>)pair.Value.ToArray()));
    }

    /// <summary>One version of the pairs, looked up by (language, stems of the phrase).</summary>
    private sealed class Snapshot(long version, IReadOnlyList<AdminSynonym> entries, FrozenDictionary<(string, string), IReadOnlyList<Synonym>> byStems)
    {
        public static Snapshot Failed { get; } = new(-1, [], FrozenDictionary<(string, string), IReadOnlyList<Synonym>>.Empty);

        public long Version => version;

        public IReadOnlyList<AdminSynonym> Entries => entries;

        public FrozenDictionary<(string Language, string Stems), IReadOnlyList<Synonym>> ByStems => byStems;
    }
}
