namespace HistoryBot.Core.Text.Synonyms;

/// <summary>
/// A synonym source whose entries live in a store and are read into memory before its first
/// use (<see cref="ISynonymSource.For"/> never waits for a store). <see cref="SynonymSources"/>
/// loads every such source before a question is parsed.
/// </summary>
public interface IStoredSynonymSource : ISynonymSource
{
    /// <summary>Reads the entries once; cheap after that. A store that fails is logged and the source stays empty, never thrown.</summary>
    Task EnsureLoadedAsync(CancellationToken cancellationToken = default);
}
