namespace HistoryBot.Core.Text.Synonyms;

/// <summary>
/// A word (or phrase, words separated by spaces) that may stand for a question word, how much a
/// match on it counts (below 1, an exact stem) and the <see cref="ISynonymSource.Name"/> it came from.
/// </summary>
public readonly record struct Synonym(string Text, double Weight, string Source = EnglishSynonyms.SourceName);
