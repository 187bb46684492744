namespace HistoryBot.Core.Text.Synonyms;

/// <summary>
/// One WordNet sense: the words that share it (lower case, multi-word lemmas with spaces, e.g.
/// "turn down"), its gloss, and the senses it is a kind of (hypernyms, as part of speech and offset).
/// </summary>
public sealed record WordNetSynset(
    WordNetPartOfSpeech PartOfSpeech,
    long Offset,
    IReadOnlyList<string> Words,
    string Gloss,
    IReadOnlyList<(WordNetPartOfSpeech PartOfSpeech, long Offset)> Hypernyms);
