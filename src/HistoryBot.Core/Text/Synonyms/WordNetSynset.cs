namespace HistoryBot.Core.Text.Synonyms;

/// <summary>
/// One WordNet sense: the words that share it (lower case, multi-word lemmas with spaces, e.g.
/// "turn down"), its gloss, the senses it is a kind of (hypernyms, as part of speech and offset),
/// and for an adjective the noun senses it pertains to ("Soviet" → "Soviet Union, USSR").
/// </summary>
public sealed record WordNetSynset(
    WordNetPartOfSpeech PartOfSpeech,
    long Offset,
    IReadOnlyList<string> Words,
    string Gloss,
    IReadOnlyList<(WordNetPartOfSpeech PartOfSpeech, long Offset)> Hypernyms,
    IReadOnlyList<(WordNetPartOfSpeech PartOfSpeech, long Offset)> Pertainyms)
{
    /// <summary>The <see cref="Words"/> WordNet writes with a capital: names ("USSR", "Soviet Union", "European").</summary>
    public IReadOnlySet<string> Names { get; init; } = new HashSet<string>();

    /// <summary>The lexicographer file the synset is filed in (lex_filenum): 18 is noun.person, 15 noun.location…</summary>
    public int LexFile { get; init; }
}
