using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Synonyms;

namespace HistoryBot.Core.Tests.Search;

/// <summary>An English synonym source with fixed entries, standing in for WordNet (named like it) where a test needs to say exactly what it knows.</summary>
internal sealed class FixedEnglishSynonyms(IReadOnlyDictionary<string, Synonym[]> known) : ISynonymSource
{
    public string Name => EnglishSynonyms.SourceName;

    public IReadOnlyList<Synonym> For(string phrase, string language) =>
        language == Language.English && known.TryGetValue(phrase, out var synonyms) ? synonyms : [];
}
