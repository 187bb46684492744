using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Synonyms;

namespace HistoryBot.Core.Search;

/// <summary>
/// The one place where a question's words meet a paragraph's words. Each question word
/// (<see cref="QueryTerm"/>) is looked for in every paragraph token, and a token counts as the
/// first of these that holds, at its <see cref="MatchLevel"/>:
/// <list type="number">
/// <item>stem: the word's own stem or the word itself, or the word stemmed in the paragraph's
/// language when that is the question's language (or the word is a name);</item>
/// <item>cognate: the word stemmed in another paragraph language gives the same stem (weak:
/// "population"/"populară");</item>
/// <item>translation: a lexicon translation into the paragraph's language (in the question's
/// own language a lexicon entry is a synonym);</item>
/// <item>synonym: a synonym from the synonym sources, one word or a phrase whose words follow
/// within three tokens ("turn … down"; outside English on either side: "Unyong Sobyet");</item>
/// <item>typo: the one typo rule (<see cref="IsTypo(string, string)"/>) on the words as written.
/// The engine's typo neighbours of a stem (<see cref="QueryTerm.TypoStems"/>) only find
/// paragraphs: a near miss of a stem is too often another word ("kainuoja"/"karinė");</item>
/// <item>cognate: the one prefix rule — across languages, the same first five letters.</item>
/// </list>
/// Within one language a shared prefix is no match: the stemmer already joined the true
/// inflections, so it is another word ("capital"/"capitalist"). Numbers match only as
/// themselves. The searcher ranks the engine's hits, and the answer judge reads the same
/// <see cref="ParagraphMatch"/>, so a paragraph is matched once per question.
/// </summary>
public sealed class ParagraphMatcher
{
    private const int PrefixLength = TextAnalyzer.PrefixLength;
    private const int PhraseReach = 3;

    private readonly SearchQuery _query;
    private readonly Word[] _words;
    // Per paragraph language: what the words need there (see LanguageRules), worked out on first use.
    private readonly Dictionary<string, LanguageRules> _languages = new(StringComparer.Ordinal);

    private readonly bool _everyRule;

    // Every rule on the written word wants the word's first letter: a token starting with none of them matches only by its stem.
    private readonly char[] _firstLetters;
    private readonly ulong _firstLetterFilter;

    public ParagraphMatcher(SearchQuery query)
        : this(query, everyRule: false)
    {
    }

    /// <param name="everyRule">Tries every rule on every token (no look-up of candidate stems first): what tests compare with.</param>
    internal ParagraphMatcher(SearchQuery query, bool everyRule)
    {
        _query = query;
        _words = query.Terms.Select(Compile).ToArray();
        _firstLetters = new char[_words.Length];
        for (var w = 0; w < _words.Length; w++)
        {
            _firstLetters[w] = _words[w].Folded[0];
            _firstLetterFilter |= LetterBit(_firstLetters[w]);
        }
        _everyRule = everyRule;
    }

    /// <summary>
    /// The stems through which a paragraph token of a language can match each word other than by
    /// its written form: the word's own stems, its stem in that language, its translations into
    /// it, its synonyms in it and the first stems of its phrases there. A token whose stem is
    /// none of a word's can only match it as written (the same word, a typo, a shared prefix), so
    /// each token's stem is looked up once per paragraph instead of in every rule for every word.
    /// </summary>
    private LanguageRules RulesFor(string language)
    {
        if (_languages.TryGetValue(language, out var known))
            return known;
        var candidates = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        var filter = new ulong[StemFilterSize];
        void Add(string? stem, int w)
        {
            if (stem is null)
                return;
            if (!candidates.TryGetValue(stem, out var words))
            {
                candidates[stem] = words = new bool[_words.Length];
                if (stem.Length > 0)
                    filter[StemFilterSlot(stem)] |= StemFilterBit(stem);
            }
            words[w] = true;
        }
        var stemsHere = new string?[_words.Length];
        var translatedHere = new HashSet<string>?[_words.Length];
        for (var w = 0; w < _words.Length; w++)
        {
            var word = _words[w];
            foreach (var stem in word.OwnStems)
                Add(stem, w);
            stemsHere[w] = word.StemsByLanguage.GetValueOrDefault(language);
            Add(stemsHere[w], w);
            if (word.Translations is not null && word.Translations.TryGetValue(language, out var translated))
            {
                translatedHere[w] = translated;
                foreach (var stem in translated)
                    Add(stem, w);
            }
            foreach (var (synonymLanguage, stem) in word.SynonymStems.Keys)
            {
                if (synonymLanguage == language)
                    Add(stem, w);
            }
            foreach (var phrase in word.SynonymPhrases)
            {
                if (phrase.Language == language)
                    Add(phrase.Stems[0], w);
            }
        }
        var rules = new LanguageRules(candidates, filter, stemsHere, translatedHere);
        _languages[language] = rules;
        return rules;
    }

    // A stem's length and first letter pick one bit of the filter: a token whose bit no candidate
    // stem set cannot be one, and is not looked up (most tokens of a paragraph are no candidate).
    private const int StemFilterSize = 64;

    private static int StemFilterSlot(string stem) => Math.Min(stem.Length, StemFilterSize - 1);

    private static ulong StemFilterBit(string stem) => LetterBit(stem[0]);

    private static ulong LetterBit(char letter) => 1UL << (letter & 63);

    /// <summary>Every question word against every token of one paragraph.</summary>
    public ParagraphMatch Match(AnalyzedParagraph paragraph)
    {
        var paragraphLanguage = paragraph.Paragraph.Language;
        var crossLanguage = !Language.IsSupported(_query.Language) || paragraphLanguage != _query.Language;
        var sentenceOf = paragraph.SentenceOf;
        var stems = paragraph.Stems;
        var paragraphTokens = paragraph.Tokens;
        var words = _words;
        var best = new WordInParagraph[words.Length];
        var sentenceLevels = new double[words.Length][];
        for (var w = 0; w < words.Length; w++)
        {
            best[w] = new WordInParagraph(MatchKind.None, 0, -1, null, 0);
            sentenceLevels[w] = new double[paragraph.SentenceCount];
        }
        // Each matched token with the word it matched best (a paragraph has few): in token order.
        List<(int Token, int Word, double Level, MatchKind Kind)>? tokenMatches = null;
        var rules = RulesFor(paragraphLanguage);
        // Token by token, each word in turn: every word still meets the tokens in order, so its
        // first best token and count, and each token's best word, are those of a word-by-word pass.
        for (var t = 0; t < paragraphTokens.Count; t++)
        {
            if (stems[t] is not { } stem)
                continue;
            var folded = paragraphTokens[t].Token.Folded;
            var candidates = stem.Length == 0 || (rules.StemFilter[StemFilterSlot(stem)] & StemFilterBit(stem)) != 0
                ? rules.CandidateStems.GetValueOrDefault(stem)
                : null;
            var first = folded.Length > 0 ? folded[0] : '\0';
            if (candidates is null && !_everyRule && (folded.Length == 0 || (_firstLetterFilter & LetterBit(first)) == 0))
                continue;
            var tokenWord = -1;
            var tokenLevel = 0.0;
            var tokenKind = MatchKind.None;
            for (var w = 0; w < words.Length; w++)
            {
                (double Level, MatchKind Kind, string? Via)? match;
                if (_everyRule || (candidates is not null && candidates[w]))
                    match = Kind(words[w], paragraph, t, stem, rules.StemsHere[w], rules.TranslatedHere[w], crossLanguage, paragraphLanguage);
                else if (folded.Length > 0 && first == _firstLetters[w])
                    match = WrittenKind(words[w], folded, crossLanguage);
                else
                    continue;
                if (match is null)
                    continue;
                var (level, kind, via) = match.Value;
                var levels = sentenceLevels[w];
                var sentence = sentenceOf[t];
                if (levels[sentence] < level)
                    levels[sentence] = level;
                ref var found = ref best[w];
                if (level > found.Level)
                    found = new WordInParagraph(kind, level, t, via, 1);
                else if (level == found.Level)
                    found = found with { Count = found.Count + 1 };
                if (level > tokenLevel)
                    (tokenWord, tokenLevel, tokenKind) = (w, level, kind);
            }
            if (tokenLevel > 0)
                (tokenMatches ??= []).Add((t, tokenWord, tokenLevel, tokenKind));
        }

        // What a reader sees marked: each token at the level its question word reached in this paragraph.
        var marked = 0;
        var matchedTokens = tokenMatches?.Count ?? 0;
        for (var i = 0; i < matchedTokens; i++)
        {
            if (tokenMatches![i].Level >= best[tokenMatches[i].Word].Level)
                marked++;
        }
        var tokens = new Dictionary<int, TermMatch>(marked);
        for (var i = 0; i < matchedTokens; i++)
        {
            var (t, w, level, kind) = tokenMatches![i];
            if (level >= best[w].Level)
                tokens[t] = new TermMatch(w, level, kind);
        }
        return new ParagraphMatch(paragraph, best, sentenceLevels, tokens);
    }

    private static (double Level, MatchKind Kind, string? Via)? Kind(Word word, AnalyzedParagraph paragraph, int t, string stem, string? stemHere,
        HashSet<string>? translated, bool crossLanguage, string paragraphLanguage)
    {
        var folded = paragraph.Tokens[t].Token.Folded;
        if (word.OwnStems.Contains(stem) || folded == word.Folded || (stem == stemHere && (!crossLanguage || word.IsName)))
            return (MatchLevel.Stem, MatchKind.Stem, null);
        // Another language's stemmer joining two words is weak evidence.
        if (stem == stemHere)
            return (MatchLevel.Cognate, MatchKind.Cognate, null);
        if (word.IsNumber)
            return null;
        if (translated is not null && translated.Contains(stem))
            return crossLanguage ? (MatchLevel.Translation, MatchKind.Translation, null) : (MatchLevel.SameLanguageTranslation, MatchKind.Synonym, LexiconSource);
        if (word.SynonymStems.TryGetValue((paragraphLanguage, stem), out var onStem) && (!onStem.Synonym.CommonWord || !paragraph.IsWrittenAsName(t))
            && onStem.IsWrittenForm?.Invoke(folded) != false)
            return (onStem.Synonym.Level, MatchKind.Synonym, onStem.Synonym.Source);
        if (PhraseAt(word, paragraph, t, paragraphLanguage) is { } phrase)
            return (phrase.Level, MatchKind.Synonym, phrase.Source);
        return TypoOrCognate(word, folded, crossLanguage);
    }

    /// <summary>
    /// <see cref="Kind"/> for a token whose stem is none of the word's candidate stems: every stem
    /// rule fails, so only the rules on the written word are left, in the same order.
    /// </summary>
    private static (double Level, MatchKind Kind, string? Via)? WrittenKind(Word word, string folded, bool crossLanguage)
    {
        if (folded == word.Folded)
            return (MatchLevel.Stem, MatchKind.Stem, null);
        if (word.IsNumber)
            return null;
        return TypoOrCognate(word, folded, crossLanguage);
    }

    /// <summary>The last rules of <see cref="Kind"/>, on the written word alone: a typo, or in another language a shared prefix.</summary>
    private static (double Level, MatchKind Kind, string? Via)? TypoOrCognate(Word word, string folded, bool crossLanguage)
    {
        if (IsTypo(word, folded))
            return (MatchLevel.Typo, MatchKind.Typo, null);
        if (crossLanguage && word.Folded.Length >= PrefixLength && folded.Length >= PrefixLength
            && string.CompareOrdinal(word.Folded, 0, folded, 0, PrefixLength) == 0)
            return (MatchLevel.Cognate, MatchKind.Cognate, null);
        return null;
    }

    /// <summary>The name <see cref="ParagraphMatch"/> gives as the source of a same-language lexicon entry.</summary>
    public const string LexiconSource = "lexicon";

    /// <summary>
    /// The one typo rule: a paragraph word is a misspelling of a question word when both start
    /// with the same letter, their lengths differ by at most one ("Australia" is no "Austria"),
    /// and they are within the edit allowance of the question word's length.
    /// </summary>
    public static bool IsTypo(string questionWord, string paragraphWord) =>
        TypoAllowance(questionWord, paragraphWord) is var allowed and > 0 && EditDistance.Bounded(questionWord, paragraphWord, allowed) <= allowed;

    /// <summary>The edits <see cref="IsTypo(string, string)"/> allows when the two words pass its cheap checks; 0 when they cannot be a typo.</summary>
    private static int TypoAllowance(string questionWord, string paragraphWord)
    {
        var allowed = EditDistance.AllowedTypos(questionWord.Length);
        return allowed > 0 && paragraphWord.Length >= 3 && paragraphWord[0] == questionWord[0] && !char.IsDigit(questionWord[0])
            && Math.Abs(paragraphWord.Length - questionWord.Length) <= 1 && paragraphWord != questionWord
            ? allowed
            : 0;
    }

    private static bool IsTypo(Word word, string folded)
    {
        if (word.IsNumber || TypoAllowance(word.Folded, folded) is not (var allowed and > 0))
            return false;
        // A written word recurs across a question's paragraphs: its distance to the question word is worked out once.
        if (!word.Typos.TryGetValue(folded, out var typo))
            word.Typos[folded] = typo = EditDistance.Bounded(word.Folded, folded, allowed) <= allowed;
        return typo;
    }

    /// <summary>
    /// A multi-word synonym ("pass up") whose words all stand close to this token, which holds its
    /// first word: after it in English, on either side in the other languages.
    /// </summary>
    private static (double Level, string Source)? PhraseAt(Word word, AnalyzedParagraph paragraph, int token, string language)
    {
        foreach (var phrase in word.SynonymPhrases)
        {
            if (phrase.Language != language || paragraph.Stems[token] != phrase.Stems[0] || (phrase.CommonWord && paragraph.IsWrittenAsName(token)))
                continue;
            var found = true;
            // English keeps a phrase's order ("turn … down"); elsewhere the noun often comes first
            // ("Uniunea Sovietică", "Unyong Sobyet" for "Soviet Union"), so the rest may stand on either side.
            var from = phrase.Language == Language.English ? token + 1 : Math.Max(0, token - PhraseReach);
            for (var k = 1; k < phrase.Stems.Count && found; k++)
            {
                found = false;
                for (var t = from; t < paragraph.Tokens.Count && t <= token + PhraseReach; t++)
                {
                    if (t == token)
                        continue;
                    if (paragraph.Stems[t] == phrase.Stems[k])
                    {
                        found = true;
                        break;
                    }
                }
            }
            if (found)
                return (phrase.Level, phrase.Source);
        }
        return null;
    }

    private static Word Compile(QueryTerm term)
    {
        // Added one by one: copying the term's set clones its tables, which showed in profiles of every question.
        var ownStems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in term.Stems)
            ownStems.Add(stem);
        ownStems.Add(term.Folded);
        var isNumber = char.IsDigit(term.Folded[0]);
        var synonymStems = new Dictionary<(string Language, string Stem), (QuerySynonym Synonym, Func<string, bool>? IsWrittenForm)>();
        var phrases = new List<QuerySynonym>();
        foreach (var synonym in isNumber ? [] : term.Synonyms)
        {
            if (synonym.IsPhrase)
                phrases.Add(synonym);
            else if (!ownStems.Contains(synonym.Stems[0]))
            {
                // Two synonyms on one stem ("position", "positions"): the stronger counts, and a word is a form of either.
                var key = (synonym.Language, synonym.Stems[0]);
                synonymStems[key] = synonymStems.TryGetValue(key, out var known)
                    ? (known.Synonym.Level < synonym.Level ? synonym : known.Synonym, Synonym.EitherForm(known.IsWrittenForm, synonym.IsWrittenForm))
                    : (synonym, synonym.IsWrittenForm);
            }
        }
        return new Word(term.Folded, isNumber, term.IsName, ownStems, term.StemsByLanguage, isNumber ? null : term.Translations,
            synonymStems, phrases);
    }

    private sealed record Word(
        string Folded,
        bool IsNumber,
        bool IsName,
        HashSet<string> OwnStems,
        IReadOnlyDictionary<string, string> StemsByLanguage,
        IReadOnlyDictionary<string, HashSet<string>>? Translations,
        Dictionary<(string Language, string Stem), (QuerySynonym Synonym, Func<string, bool>? IsWrittenForm)> SynonymStems,
        List<QuerySynonym> SynonymPhrases)
    {
        /// <summary>Whether a written paragraph word is a typo of this word, for the words that reached the edit distance (one question's matcher, one thread).</summary>
        public Dictionary<string, bool> Typos => _typos ??= new(StringComparer.Ordinal);

        private Dictionary<string, bool>? _typos;
    }

    /// <summary>What the words need in paragraphs of one language: the candidate stems (and their filter), each word's stem and translations there.</summary>
    private sealed record LanguageRules(
        Dictionary<string, bool[]> CandidateStems,
        ulong[] StemFilter,
        string?[] StemsHere,
        HashSet<string>?[] TranslatedHere);
}
