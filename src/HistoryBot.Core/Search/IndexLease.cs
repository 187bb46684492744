namespace HistoryBot.Core.Search;

/// <summary>
/// A hold on one index generation for the length of a query: a reindex may swap in a new
/// one meanwhile, but this one stays open until every lease on it is disposed.
/// </summary>
public readonly struct IndexLease(IndexGeneration generation) : IDisposable
{
    public IndexGeneration Generation { get; } = generation;

    public void Dispose() => Generation.Release();
}
