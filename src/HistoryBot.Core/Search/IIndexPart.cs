using HistoryBot.Core.Corpus;

namespace HistoryBot.Core.Search;

/// <summary>
/// Something more built into every index generation from the same corpus (the mined facts,
/// for one). A part writes its own files into the generation's folder, beside and apart from
/// the search engine's, so it is swapped in and thrown away with the generation and never
/// sees the engine's types.
/// </summary>
public interface IIndexPart
{
    /// <summary>A short name for the build report, e.g. "facts".</summary>
    string Name { get; }

    /// <summary>Writes the part's files into <paramref name="directory"/>; returns how many items it wrote.</summary>
    int Build(string directory, LoadedCorpus corpus, CancellationToken cancellationToken);
}
