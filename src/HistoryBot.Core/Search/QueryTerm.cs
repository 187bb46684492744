namespace HistoryBot.Core.Search;

/// <summary>
/// One content word of a question with every form it may take in the index: its stems,
/// its cross-language prefix key, and the indexed stems it may be a typo of. Words of one
/// multi-word name ("Fidel Castro") share a <see cref="NameGroup"/>: sources often name
/// people by one part ("F. Castro"), so one matching part covers the name.
/// </summary>
public sealed record QueryTerm(
    string Surface,
    string Folded,
    IReadOnlySet<string> Stems,
    string? Prefix,
    IReadOnlySet<string> TypoStems,
    double Weight,
    int? NameGroup = null)
{
    /// <summary>Stems of the word's translations, by language, from the cross-language lexicon.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> Translations { get; init; } = new Dictionary<string, HashSet<string>>();

    /// <summary>The English forms of the lexicon concepts the word belongs to ("appear", "arise" for "atsirado"); empty when the lexicon does not know it.</summary>
    public IReadOnlyList<string> EnglishForms { get; init; } = [];

    /// <summary>
    /// Synonyms of the word (and of the word with the next one: "turned down") from every
    /// synonym source, in the question's language(s); the answer judge matches them.
    /// </summary>
    public IReadOnlyList<QuerySynonym> Synonyms { get; init; } = [];

    /// <summary>The word's stem by each supported language's stemmer (the word itself where it gives none): a paragraph is matched in its own language.</summary>
    public IReadOnlyDictionary<string, string> StemsByLanguage { get; init; } = new Dictionary<string, string>();

    /// <summary>A capitalised word inside the question: a name ("Budapest", "Wall" in "Berlin Wall"), which keeps its stem across languages.</summary>
    public bool IsName { get; init; }

    /// <summary>The cross-language lexicon writes the word as a place or a people (<see cref="Text.Lexicon.CrossLanguageLexicon.IsPlaceName"/>).</summary>
    public bool PlaceName { get; init; }

    /// <summary>The cross-language lexicon writes the word itself as a form (<see cref="Text.Lexicon.CrossLanguageLexicon.HasForm"/>).</summary>
    public bool LexiconForm { get; init; }

    /// <summary>True when the index holds the word itself or a translation of it (so it is no typo).</summary>
    public bool Known { get; init; }

    /// <summary>The indexed forms the engine searches for this word, one graded clause each.</summary>
    public IReadOnlyList<QueryForm> Forms { get; init; } = [];
}
