namespace HistoryBot.Core.Search;

/// <summary>
/// How much a match counts, by its <see cref="MatchKind"/>: the one table the ranker, the
/// answer judge and the engine's query boosts read. A synonym counts what its source says
/// (below 1, see <see cref="Text.Synonyms.SynonymSources"/>).
/// </summary>
public static class MatchLevel
{
    public const double Stem = 1.0;
    public const double Translation = 0.85;

    /// <summary>A lexicon entry in the question's own language: a synonym, not a translation.</summary>
    public const double SameLanguageTranslation = 0.8;

    public const double Typo = 0.75;
    public const double Cognate = 0.6;

    /// <summary>
    /// The engine's boost for the cross-language key (a word's first letters): the index field does
    /// not know languages, so most hits on it are another word of the same language
    /// ("capital"/"capitalist"), which the matcher then does not count at all.
    /// </summary>
    public const double EngineKey = 0.4;
}
