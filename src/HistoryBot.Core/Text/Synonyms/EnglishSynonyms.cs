using Microsoft.Extensions.Logging;

namespace HistoryBot.Core.Text.Synonyms;

/// <summary>
/// English synonyms from WordNet, kept conservative: only the words of a lemma's few most
/// frequent senses (WordNet lists senses by frequency) that are also among those words' own
/// frequent senses, weighted down by sense rank, plus the
/// direct hypernym of a noun's senses ("application" → "request") and the noun an adjective
/// pertains to ("Soviet", also "Soviets", → "USSR", "Soviet Union") weighted lower still. A word
/// that real text uses only as another part of speech ("founder" for "collapse") is left out. Words
/// of fewer than three letters ("go" for "die") are never synonyms. Without a
/// WordNet database it logs once and returns nothing; answers then rely on stems alone.
/// </summary>
public sealed class EnglishSynonyms : ISynonymSource, IDisposable
{
    /// <summary>The <see cref="ISynonymSource.Name"/> of WordNet's synonyms.</summary>
    public const string SourceName = "wordnet";

    /// <summary>Where Debian's wordnet-base puts the database.</summary>
    public const string DefaultDirectory = "/usr/share/wordnet";

    /// <summary>How many of a lemma's senses give synonyms, most frequent first.</summary>
    public const int MaxSenses = 3;

    private static readonly double[] SenseWeights = [0.8, 0.7, 0.6];
    private const double HypernymShare = 0.75;
    private const double PertainymShare = 0.75;
    private const int MaxCached = 50_000;

    private readonly WordNetDatabase? _database;
    private readonly BoundedCache<string, IReadOnlyList<Synonym>> _cache = new(MaxCached, StringComparer.Ordinal);
    // What the judge asks of every question word: read from WordNet once per word.
    private readonly BoundedCache<string, NameUse> _nameUses = new(MaxCached, StringComparer.Ordinal);
    private readonly BoundedCache<string, int> _verbSenses = new(MaxCached, StringComparer.Ordinal);
    private readonly BoundedCache<string, bool> _beginnings = new(MaxCached, StringComparer.Ordinal);
    private readonly BoundedCache<string, bool> _onlyAdverbs = new(MaxCached, StringComparer.Ordinal);
    private readonly BoundedCache<string, bool> _adjectives = new(MaxCached, StringComparer.Ordinal);
    private readonly BoundedCache<string, bool> _people = new(MaxCached, StringComparer.Ordinal);
    private readonly BoundedCache<string, bool> _modifiers = new(MaxCached, StringComparer.Ordinal);
    private readonly BoundedCache<string, string[]> _baseForms = new(MaxCached, StringComparer.Ordinal);

    /// <summary>The words of the verb senses that bring something into being: every sense under one of them is a beginning.</summary>
    private static readonly string[] BeginningWords = ["create", "begin", "originate", "establish"];

    /// <summary>How deep <see cref="IsBeginning"/> follows a verb sense's hypernyms.</summary>
    private const int MaxHypernymDepth = 6;

    public EnglishSynonyms(WordNetDatabase? database)
    {
        _database = database;
    }

    /// <summary>Opens WordNet in <paramref name="directory"/> (default <see cref="DefaultDirectory"/>), logging a warning when it is absent.</summary>
    public static EnglishSynonyms Open(string? directory, ILogger? logger = null)
    {
        var path = string.IsNullOrWhiteSpace(directory) ? DefaultDirectory : directory;
        var database = WordNetDatabase.TryOpen(path, out var error);
        if (database is null)
            logger?.LogWarning("English synonyms are off: {Reason}. Install wordnet-base (apt-get install wordnet-base) for better answers to reworded questions", error);
        else
            logger?.LogDebug("English synonyms from WordNet at {Directory}", path);
        return new EnglishSynonyms(database);
    }

    public bool Available => _database is not null;

    public string Name => SourceName;

    /// <summary>WordNet is English: other languages get nothing from it.</summary>
    public IReadOnlyList<Synonym> For(string phrase, string language) =>
        language == Language.English ? For(phrase) : [];

    /// <summary>
    /// Synonyms of an English word or phrase ("rejected", "turned down", "soviet union"), lower
    /// case, best first, the word itself and its inflections excluded. Empty when unknown.
    /// </summary>
    public IReadOnlyList<Synonym> For(string word)
    {
        if (_database is null)
            return [];
        var key = word.Trim().ToLowerInvariant();
        if (key.Length < 2)
            return [];
        if (_cache.TryGet(key, out var cached))
            return cached;
        var result = Lookup(_database, key)
            .Select(synonym => synonym.Text.Contains(' ') ? synonym : synonym with { IsWrittenForm = written => IsFormOf(written, synonym.Text) })
            .ToList();
        _cache.Add(key, result);
        return result;
    }

    /// <summary>
    /// Whether a word, written so (lower case), is a form of the lemma ("began" of "begin",
    /// "applications" of "application"; not "positive" of "position", though both stem to
    /// "posit"). True when WordNet does not know the written word: then it cannot tell.
    /// </summary>
    public bool IsFormOf(string written, string lemma)
    {
        if (written == lemma)
            return true;
        var forms = Cached(_baseForms, written, ReadBaseForms);
        return forms is null || forms.Length == 0 || Array.IndexOf(forms, lemma) >= 0;
    }

    private static string[] ReadBaseForms(WordNetDatabase database, string key) =>
        Enum.GetValues<WordNetPartOfSpeech>().SelectMany(pos => database.BaseForms(key, pos)).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>WordNet knows the phrase as one lemma ("soviet union", "turn down"), in English.</summary>
    public bool KnowsPhrase(string phrase, string language) => language == Language.English && IsKnown(phrase);

    /// <summary>
    /// WordNet writes the word in lower case in some sense: a common word ("west", the direction;
    /// "china", porcelain), not only a name ("Khrushchev", "Chinese"). False when WordNet does not know it.
    /// </summary>
    public bool IsCommonWord(string word) => NameUseOf(word).Common;

    /// <summary>
    /// How many verb senses of the word (or of a lemma it is an inflection of) WordNet's tagged
    /// corpus saw, when it reads the word mainly as a verb: more tagged verb senses than in any other
    /// part of speech ("invade" 2, "died" 4, "get" 20; not "troops", "people", "request"). 0 otherwise,
    /// or when WordNet does not know it. Many senses mark a light verb ("get", "make", "take").
    /// </summary>
    public int VerbSenses(string word) => Cached(_verbSenses, word, ReadVerbSenses);

    /// <summary>Whether WordNet knows the word (or a lemma it is a form of) only as an adverb ("officially", "finally"; not "Italy", "assembly", "early").</summary>
    public bool IsOnlyAdverb(string word) => Cached(_onlyAdverbs, word, ReadOnlyAdverb);

    /// <summary>Whether WordNet knows the word (or a lemma it is a form of) as an adjective ("soviet", "french", "american"; not "nato", "egypt").</summary>
    public bool IsAdjective(string word) => Cached(_adjectives, word, static (database, key) => database.BaseForms(key, WordNetPartOfSpeech.Adjective).Count > 0);

    /// <summary>
    /// Whether the word (or a lemma it is a form of) names a kind of person in its first noun sense, WordNet's noun.person
    /// ("pilot", "leader", "ambassador"; not "date", a day first, nor "republic").
    /// </summary>
    public bool IsPersonNoun(string word) => Cached(_people, word, static (database, key) =>
        database.BaseForms(key, WordNetPartOfSpeech.Noun).Any(lemma => database.Senses(lemma, WordNetPartOfSpeech.Noun) is [{ LexFile: NounPersonFile }, ..]));

    /// <summary>WordNet's lexicographer file of nouns that denote people.</summary>
    private const int NounPersonFile = 18;

    /// <summary>
    /// Whether WordNet's tagged corpus saw the word (or a lemma it is a form of) more often as an adjective or an adverb than
    /// as a noun or a verb ("old", "famous", "exact"; not "football", "invade", "treaty"): it qualifies what is asked about
    /// rather than naming it.
    /// </summary>
    public bool IsMainlyModifier(string word) => Cached(_modifiers, word, static (database, key) =>
    {
        var modifier = Math.Max(TaggedSenses(database, key, WordNetPartOfSpeech.Adjective), TaggedSenses(database, key, WordNetPartOfSpeech.Adverb));
        return modifier > 0 && modifier > Math.Max(TaggedSenses(database, key, WordNetPartOfSpeech.Noun), TaggedSenses(database, key, WordNetPartOfSpeech.Verb));
    });

    /// <summary>How many tagged senses WordNet's corpus saw of the word (or of the lemma of it that has most) in one part of speech.</summary>
    private static int TaggedSenses(WordNetDatabase database, string key, WordNetPartOfSpeech pos) =>
        database.BaseForms(key, pos).Select(lemma => database.TaggedSenseCount(lemma, pos)).DefaultIfEmpty(0).Max();

    private static bool ReadOnlyAdverb(WordNetDatabase database, string key) =>
        database.Senses(key, WordNetPartOfSpeech.Adverb).Count > 0
        && Enum.GetValues<WordNetPartOfSpeech>().Where(pos => pos != WordNetPartOfSpeech.Adverb).All(pos => database.BaseForms(key, pos).Count == 0);

    private static int ReadVerbSenses(WordNetDatabase database, string key)
    {
        var verb = TaggedSenses(database, key, WordNetPartOfSpeech.Verb);
        return verb > 0 && Enum.GetValues<WordNetPartOfSpeech>().Where(pos => pos != WordNetPartOfSpeech.Verb).All(pos => TaggedSenses(database, key, pos) < verb) ? verb : 0;
    }

    /// <summary>
    /// Whether a verb (or a verb phrase: "come into being", "set up") tells how something came to
    /// be: one of its few most frequent senses (as for synonyms) is, or is a kind of, a sense of "create", "begin",
    /// "originate" or "establish" ("found", "form", "build", "start", "arise"), or WordNet defines it as
    /// coming or bringing into being or existence ("come into being"). Not "dissolve", "die",
    /// "end", "sign" or "join", nor "break" ("light broke over the horizon" is a rare sense). False when WordNet does not know it.
    /// </summary>
    public bool IsBeginning(string verb) => Cached(_beginnings, verb, ReadBeginning);

    private static bool ReadBeginning(WordNetDatabase database, string key)
    {
        bool Begins(WordNetSynset synset, int depth) =>
            synset.Words.Any(word => BeginningWords.Contains(word))
            || synset.Gloss.Contains("into being", StringComparison.Ordinal) || synset.Gloss.Contains("into existence", StringComparison.Ordinal)
            || (depth < MaxHypernymDepth && synset.Hypernyms.Any(hypernym => database.Synset(hypernym.PartOfSpeech, hypernym.Offset) is { } parent && Begins(parent, depth + 1)));
        foreach (var lemma in database.BaseForms(key, WordNetPartOfSpeech.Verb))
        {
            var senses = database.Senses(lemma, WordNetPartOfSpeech.Verb);
            if (senses.Take(UsedSenses(database, lemma, WordNetPartOfSpeech.Verb)).Any(sense => Begins(sense, 0)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// WordNet knows the word, and only as a name: every lemma it may be a form of is written with a
    /// capital in every sense ("brezhnev", "dulles", "adenauer"; not "got", a form of "get", nor "west").
    /// </summary>
    public bool IsOnlyName(string word) => NameUseOf(word).OnlyName;

    /// <summary>How WordNet writes a word: in lower case in some sense (<see cref="IsCommonWord"/>), only as a name (<see cref="IsOnlyName"/>).</summary>
    private readonly record struct NameUse(bool Common, bool OnlyName);

    private NameUse NameUseOf(string word) => Cached(_nameUses, word, ReadNameUse);

    /// <summary>What <paramref name="read"/> says of a word (lower case, trimmed), read from WordNet once and kept; the default without WordNet.</summary>
    private T Cached<T>(BoundedCache<string, T> cache, string word, Func<WordNetDatabase, string, T> read)
    {
        if (_database is null)
            return default!;
        var key = word.Trim().ToLowerInvariant();
        if (cache.TryGet(key, out var cached))
            return cached;
        var value = read(_database, key);
        cache.Add(key, value);
        return value;
    }

    private static NameUse ReadNameUse(WordNetDatabase database, string key)
    {
        var positions = Enum.GetValues<WordNetPartOfSpeech>();
        // A lemma is read as itself ("dulles" is no form of "dull"): common when a sense writes it in lower case.
        bool isLemma = false, common = false, allNames = true;
        foreach (var pos in positions)
        {
            foreach (var sense in database.Senses(key, pos))
            {
                isLemma = true;
                common |= sense.Words.Contains(key) && !sense.Names.Contains(key);
                allNames &= sense.Names.Contains(key);
            }
        }
        // A name that is also an irregular form of a common word ("Sat", Saturday, is "sat" of "sit") is no name only;
        // a regular ending does not make one ("Dulles" is no "dull").
        if (isLemma && allNames && positions.Any(pos => database.IrregularBaseForms(key, pos)
                .Any(lemma => database.Senses(lemma, pos).Any(sense => !sense.Names.Contains(lemma)))))
            allNames = false;
        if (isLemma)
            return new NameUse(common, allNames);
        // Another word by the lemmas it may be a form of ("got" → "get"), only as a name if every sense of each writes it so.
        var known = false;
        foreach (var pos in positions)
        {
            foreach (var lemma in database.BaseForms(key, pos))
            {
                foreach (var sense in database.Senses(lemma, pos))
                {
                    known = true;
                    if (!sense.Names.Contains(lemma))
                        return new NameUse(false, false);
                }
            }
        }
        return new NameUse(false, known);
    }

    /// <summary>True when WordNet knows the word (in any part of speech) as a lemma or an inflection of one.</summary>
    public bool IsKnown(string word) =>
        _database is not null && Enum.GetValues<WordNetPartOfSpeech>().Any(pos => _database.BaseForms(word, pos).Count > 0);

    private static IReadOnlyList<Synonym> Lookup(WordNetDatabase database, string key)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pertained = new HashSet<string>(StringComparer.Ordinal);
        void Add(string synonym, double weight, WordNetSynset synset, bool pertains = false)
        {
            if (lemmas.Contains(synonym) || synonym.Length < 3)
                return;
            if (synset.Names.Contains(synonym))
                names.Add(synonym);
            if (pertains)
                pertained.Add(synonym);
            if (!weights.TryGetValue(synonym, out var existing) || existing < weight)
                weights[synonym] = weight;
        }
        void AddPertained(WordNetSynset adjective, double weight)
        {
            foreach (var (nounPos, offset) in adjective.Pertainyms)
            {
                if (database.Synset(nounPos, offset) is not { } noun)
                    continue;
                foreach (var word in noun.Words)
                {
                    if (IsFrequentSenseOf(database, word, noun))
                        Add(word, weight * PertainymShare, noun, pertains: true);
                }
            }
        }
        foreach (var pos in Enum.GetValues<WordNetPartOfSpeech>())
        {
            foreach (var lemma in database.BaseForms(key, pos))
            {
                lemmas.Add(lemma);
                // "say" is read as the verb: its never-seen noun sense ("a chance to speak") gives no "chance".
                if (ReadsAsOtherPartOfSpeech(database, lemma, pos))
                    continue;
                var senses = database.Senses(lemma, pos);
                var used = UsedSenses(database, lemma, pos);
                for (var i = 0; i < senses.Count && i < used; i++)
                {
                    var weight = SenseWeights[i];
                    foreach (var word in senses[i].Words)
                    {
                        if (IsFrequentSenseOf(database, word, senses[i]))
                            Add(word, weight, senses[i]);
                    }
                    if (pos == WordNetPartOfSpeech.Adjective)
                        AddPertained(senses[i], weight);
                    // Verb hypernyms are too general ("build" → "make"); a noun's says what it is.
                    if (pos != WordNetPartOfSpeech.Noun)
                        continue;
                    foreach (var (hypernymPos, offset) in senses[i].Hypernyms)
                    {
                        if (database.Synset(hypernymPos, offset) is { } hypernym)
                        {
                            foreach (var word in hypernym.Words)
                            {
                                if (IsFrequentSenseOf(database, word, hypernym))
                                    Add(word, weight * HypernymShare, hypernym);
                            }
                        }
                    }
                }
            }
        }
        // A people named by the plural of an adjective ("the Soviets", "the Koreans"): the noun it pertains to.
        if (key.Length > 4 && key[^1] == 's' && !key.Contains(' '))
        {
            foreach (var adjective in database.BaseForms(key[..^1], WordNetPartOfSpeech.Adjective))
            {
                var senses = database.Senses(adjective, WordNetPartOfSpeech.Adjective);
                for (var i = 0; i < senses.Count && i < MaxSenses; i++)
                    AddPertained(senses[i], SenseWeights[i]);
            }
        }
        foreach (var lemma in lemmas)
            weights.Remove(lemma);
        weights.Remove(key);
        return weights
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new Synonym(pair.Key, pair.Value) { CommonWord = !names.Contains(pair.Key), Pertains = pertained.Contains(pair.Key) })
            .ToList();
    }

    /// <summary>
    /// Whether the shared sense is also one of the other word's own frequent senses: "order" is a
    /// synonym of "club" only in a rare sense of "order", so it is left out; "reject" and
    /// "refuse" share the second sense of each.
    /// </summary>
    private static bool IsFrequentSenseOf(WordNetDatabase database, string word, WordNetSynset synset)
    {
        if (ReadsAsOtherPartOfSpeech(database, word, synset.PartOfSpeech))
            return false;
        var senses = database.Senses(word, synset.PartOfSpeech);
        var used = UsedSenses(database, word, synset.PartOfSpeech);
        for (var i = 0; i < senses.Count && i < used; i++)
        {
            if (senses[i].Offset == synset.Offset)
                return true;
        }
        return false;
    }

    /// <summary>
    /// How many of a lemma's senses in a part of speech give synonyms: at most
    /// <see cref="MaxSenses"/>, and only those WordNet's tagged corpus ever saw (senses come most
    /// frequent first), at least the first: "excuse" was seen in one noun sense (a defence), so its
    /// third ("a note explaining an absence") gives no "note".
    /// </summary>
    private static int UsedSenses(WordNetDatabase database, string lemma, WordNetPartOfSpeech pos) =>
        Math.Min(MaxSenses, Math.Max(1, database.TaggedSenseCount(lemma, pos)));

    /// <summary>
    /// Whether a word is, in real text, another part of speech than the one a synonym reaches
    /// it by: never seen as that part of speech in WordNet's tagged corpus but seen as another
    /// ("founder", a verb sense of "collapse", is read as the noun "founder of NATO").
    /// </summary>
    private static bool ReadsAsOtherPartOfSpeech(WordNetDatabase database, string word, WordNetPartOfSpeech pos) =>
        database.TaggedSenseCount(word, pos) == 0
        && Enum.GetValues<WordNetPartOfSpeech>().Any(other => other != pos && database.TaggedSenseCount(word, other) > 0);

    public void Dispose() => _database?.Dispose();
}
