using HistoryBot.Core.Corpus;
using Microsoft.Data.Sqlite;

namespace HistoryBot.Core.Search;

/// <summary>
/// Something more built into every index generation from the same corpus (the mined facts,
/// for one), inside the build's transaction, so it is swapped in and rolled back with it.
/// </summary>
public interface IIndexPart
{
    /// <summary>A short name for the build report, e.g. "facts".</summary>
    string Name { get; }

    /// <summary>Creates the part's tables and fills them; returns how many items it wrote.</summary>
    int Build(SqliteConnection connection, LoadedCorpus corpus, CancellationToken cancellationToken);
}
