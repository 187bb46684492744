using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace HistoryBot.Core.Text;

/// <summary>
/// A thread-safe memo of values that never change (a stem, a term's frequency in one index
/// generation) that stops taking entries once it holds <c>capacity</c> of them: what it holds
/// stays, and a miss beyond that is simply computed again. Entries are counted here, since
/// <see cref="ConcurrentDictionary{TKey, TValue}.Count"/> takes every lock of the dictionary.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new(comparer);
    private int _count;

    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value) => _entries.TryGetValue(key, out value);

    /// <summary>Keeps <paramref name="value"/> for <paramref name="key"/> while there is room.</summary>
    public void Add(TKey key, TValue value)
    {
        if (Volatile.Read(ref _count) < capacity && _entries.TryAdd(key, value))
            Interlocked.Increment(ref _count);
    }
}
