namespace HistoryBot.Core.Text.Synonyms;

/// <summary>The four WordNet database parts, named as their files are (index.noun, data.verb…).</summary>
public enum WordNetPartOfSpeech
{
    Noun,
    Verb,
    Adjective,
    Adverb,
}
