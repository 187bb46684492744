using System.Collections.Frozen;
using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Analysis;
using HistoryBot.Core.Text.Lexicon;
using HistoryBot.Core.Text.Questions;
using HistoryBot.Core.Text.Synonyms;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HistoryBot.Core.Search;

/// <summary>
/// Finds the paragraphs that answer a question in two steps. The engine (Lucene) finds the
/// exact top paragraphs for a query built from query objects — per question word a graded
/// disjunction of its indexed forms: same stem, lexicon translation, cross-language key,
/// typo — with common words only scoring (<see cref="GradedCommonTermsQuery"/>). Then the
/// ranker reads just those paragraphs through the one <see cref="ParagraphMatcher"/> (whose
/// match each hit carries on to the answer judge and the highlight): each word counts at its
/// <see cref="MatchLevel"/>, question words standing together in one sentence count more, a
/// "when" question prefers sentences with dates, and the asker's language is preferred.
/// </summary>
public sealed class Searcher(TextAnalyzer analyzer, LanguageDetector detector, CrossLanguageLexicon lexicon, SynonymSources synonyms)
{
    private const double K1 = 1.2;
    // Passages, not documents: a long paragraph is not much less likely to hold the answer.
    private const double B = 0.4;
    private const double SentenceShare = 0.5;

    /// <summary>How many of the engine's top paragraphs the ranker reads.</summary>
    public const int EngineHits = 50;

    private const int CommonDfFloor = 2_000;
    private const double CommonShare = 0.05;
    private const int MaxTypoStems = 3;
    private const int MaxCachedSynonymStems = 100_000;

    private const double SameLanguageBoost = 1.15;
    private const double NoDatePenalty = 0.8;

    private static readonly HashSet<string> WhenWords = new(StringComparer.Ordinal)
    {
        "when", "kada", "kuomet", "kailan", "cand", "year", "date", "metais", "metu", "taon", "petsa", "anul", "data",
    };

    // The analysis of a synonym's text in a language never changes; synonym sources may, so only that is kept.
    private readonly BoundedCache<(string Text, string Language), string[]> _synonymStems = new(MaxCachedSynonymStems);

    /// <summary>The synonym sources each question word is looked up in.</summary>
    public SynonymSources SynonymSources => synonyms;

    /// <summary>Detects the language (falling back to the hint) and analyzes the question against one generation's vocabulary.</summary>
    public SearchQuery Parse(string question, string? languageHint, IndexGeneration generation)
    {
        var guess = detector.Detect(question);
        var language = guess.IsKnown ? guess.Language : Language.IsSupported(languageHint) ? languageHint! : Language.Unknown;
        var stopWords = StopWords.For(language);
        var stemLanguages = language == Language.Unknown ? Language.All : [language];
        // The question as searched: its idioms read as the sources' words ("said no" → "refused").
        var read = QuestionIdioms.Rewrite(question, language);
        var tokens = analyzer.Tokenize(read);
        var asksWhen = tokens.Any(token => WhenWords.Contains(token.Folded));

        var nameGroups = NameGroups(read, tokens, stopWords);
        var terms = new List<QueryTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // The synonyms the last word found together with the next one, which that word carries too.
        List<QuerySynonym> carried = [];
        var carriedIndex = -2;
        for (var index = 0; index < tokens.Count; index++)
        {
            var token = tokens[index];
            if (StopWords.IsStopWordAt(tokens, index, language) || !seen.Add(token.Folded))
                continue;
            var wordLanguages = stemLanguages;
            var (stems, stemsByLanguage) = StemsOf(token.Folded, wordLanguages);
            if (stems.Count == 0)
                continue;
            // "the 20th Congress" is "Congresul XX": an ordinal in digits is also its Roman numeral.
            if (RomanOrdinals.At(read, tokens, index) is { } roman)
                stems.Add(roman);
            var prefix = IndexTerms.PrefixOf(token.Folded);
            var translations = lexicon.Translate(stemsByLanguage);
            var borrowed = AfterTagalogHyphenPrefix(read, tokens, index, language);
            if (borrowed || IsEnglishInside(token.Folded, language, stems, translations, generation))
            {
                // Chat mixes English into other languages ("saan naka-base ang HQ…", "sa meeting na yun"): a word
                // neither the index nor the lexicon knows in the question's language, that English knows, is read in English too.
                wordLanguages = [language, Language.English];
                (stems, stemsByLanguage) = StemsOf(token.Folded, wordLanguages);
                translations = lexicon.Translate(stemsByLanguage);
            }
            var misspelt = MisspeltLexiconWord(token, stems, translations, wordLanguages, generation, borrowed);
            if (misspelt.Count > 0)
            {
                // The misspelt form itself stays a typo in its own language (the engine's and the matcher's);
                // the other words of its concept are lexicon words there, and translations elsewhere.
                translations = lexicon.Translate(misspelt);
                var allowed = EditDistance.AllowedTypos(token.Folded.Length);
                foreach (var own in wordLanguages)
                {
                    if (translations.TryGetValue(own, out var ownStems))
                        ownStems.RemoveWhere(stem => EditDistance.Bounded(token.Folded, stem, allowed) <= allowed);
                }
            }
            var next = SplitParticle(tokens, index, wordLanguages) ?? (index + 1 < tokens.Count ? tokens[index + 1].Folded : null);
            var previous = index > 0 ? tokens[index - 1].Folded : null;
            var synonymsOfWord = char.IsDigit(token.Folded[0]) ? [] : Synonyms(token.Folded, previous, next, stems, wordLanguages);
            if (!char.IsDigit(token.Folded[0]))
                AddNameSynonyms(synonymsOfWord, tokens, index, wordLanguages, generation);
            if (carriedIndex == index - 1)
            {
                foreach (var synonym in carried)
                    Merge(synonymsOfWord, synonym);
            }
            carried = synonymsOfWord.Where(synonym => synonym.WithNext).Select(synonym => synonym with { WithNext = false }).ToList();
            carriedIndex = index;
            var weighed = Weigh(token, stems, prefix, translations, wordLanguages, generation, misspelt.Count > 0);
            terms.Add(weighed with
            {
                TypoStems = misspelt.Count == 0 ? weighed.TypoStems : weighed.TypoStems.Concat(misspelt.Select(form => form.Form)).ToHashSet(StringComparer.Ordinal),
                NameGroup = nameGroups[index],
                Translations = translations,
                // The concepts that write the word itself, when some do; else those of its stem.
                EnglishForms = misspelt.Count > 0 ? lexicon.EnglishForms(misspelt)
                    : lexicon.WrittenEnglishForms(token.Folded, wordLanguages) is { Count: > 0 } written ? written : lexicon.EnglishForms(stemsByLanguage),
                LexiconForm = misspelt.Count == 0 && lexicon.HasForm(token.Folded, wordLanguages),
                PlaceName = lexicon.IsPlaceName(token.Folded, wordLanguages),
                Synonyms = synonymsOfWord,
                StemsByLanguage = Language.All.ToDictionary(
                    target => target,
                    target => IndexTerms.Clean(analyzer.Stem(token.Folded, target)) ?? token.Folded,
                    StringComparer.Ordinal),
                IsName = index > 0 && char.IsUpper(token.Surface[0]) && !char.IsDigit(token.Folded[0]),
            });
        }
        return new SearchQuery(question, language, terms, asksWhen) { ReadText = read };
    }

    /// <summary>A word's index stems (itself cleaned, and its stem in each language), and its stem per language.</summary>
    private (HashSet<string> Stems, List<(string Language, string Stem)> ByLanguage) StemsOf(string folded, IReadOnlyList<string> languages)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var byLanguage = new List<(string Language, string Stem)>();
        if (IndexTerms.Clean(folded) is { } plain)
            stems.Add(plain);
        foreach (var language in languages)
        {
            if (IndexTerms.Clean(analyzer.Stem(folded, language)) is { } stem)
            {
                stems.Add(stem);
                byLanguage.Add((language, stem));
            }
        }
        return (stems, byLanguage);
    }

    /// <summary>
    /// A word after a Tagalog verb prefix written with a hyphen ("nag-apply", "na-reject", "i-push"): Tagalog writes the
    /// hyphen before a borrowed word, in chat mostly an English one, so it is read in English too, misspelt or not ("nag-aply").
    /// </summary>
    private static bool AfterTagalogHyphenPrefix(string text, List<Token> tokens, int index, string language) =>
        language == Language.Tagalog && index > 0 && StopWords.TagalogHyphenPrefixes.Contains(tokens[index - 1].Folded)
        && tokens[index - 1].End == tokens[index].Start - 1 && text[tokens[index].Start - 1] == '-';

    /// <summary>
    /// An English word inside a question in another language: neither the index (in any language) nor the
    /// lexicon (in the question's language) knows the word, and the lexicon or a synonym source knows it in English.
    /// </summary>
    private bool IsEnglishInside(string folded, string language, HashSet<string> stems, Dictionary<string, HashSet<string>> translations, IndexGeneration generation) =>
        language is not (Language.English or Language.Unknown) && !char.IsDigit(folded[0]) && translations.Count == 0
        && !stems.Any(stem => generation.StemDocumentFrequency(stem) > 0)
        && (lexicon.HasForm(folded, [Language.English]) || synonyms.For(folded, Language.English).Count > 0);

    /// <summary>
    /// The synonyms of a word, and of the word with the next one ("turned down"), from every
    /// synonym source in each language the question may be in, as index stems; a synonym
    /// whose only stem is the word's own is left out.
    /// </summary>
    private List<QuerySynonym> Synonyms(string folded, string? previous, string? next, HashSet<string> ownStems, IReadOnlyList<string> languages)
    {
        var found = new List<QuerySynonym>();
        foreach (var language in languages)
        {
            var stopWords = StopWords.For(language);
            // A word that makes a known phrase with a neighbouring content word ("Soviet Union",
            // "Southeast Asia") means what the phrase means: its own synonyms ("union" →
            // "organization") are another sense. Not with a function word: "kind of" is no phrase in "what kind of plane".
            var withNext = next is null ? null : folded + " " + next;
            // A verb with its particle ("back out", "turn down", "set up") is one verb too: "back" alone is "support".
            var inPhrase = (withNext is not null && (!stopWords.Contains(next!) || (language == Language.English && PhrasalParticles.Contains(next!)))
                    && synonyms.KnowsPhrase(withNext, language))
                || (previous is not null && !stopWords.Contains(previous) && synonyms.KnowsPhrase(previous + " " + folded, language));
            var phrases = new List<string>(2);
            if (!inPhrase)
                phrases.Add(folded);
            if (withNext is not null)
                phrases.Add(withNext);
            foreach (var phrase in phrases)
            {
                // A phrase with a content word stands for that word too; with a function word ("turned down") there is none to carry it.
                var withNextWord = ReferenceEquals(phrase, withNext) && !stopWords.Contains(next!);
                foreach (var synonym in synonyms.For(phrase, language))
                {
                    var parts = SynonymStems(synonym.Text, language, stopWords);
                    if (parts.Length == 0 || (parts.Length == 1 && ownStems.Contains(parts[0])))
                        continue;
                    Merge(found, new QuerySynonym(language, parts, synonym.Weight, synonym.Source) { CommonWord = synonym.CommonWord, WithNext = withNextWord, IsWrittenForm = synonym.IsWrittenForm });
                }
            }
        }
        return found;
    }

    /// <summary>
    /// The particle of an English phrasal verb split by its object at the end of the question ("turning the Soviets down",
    /// "what did they turn it down for"): the verb reads with it as one ("turn down"). Null when none.
    /// </summary>
    private static string? SplitParticle(List<Token> tokens, int index, IReadOnlyList<string> languages)
    {
        if (!languages.Contains(Language.English))
            return null;
        for (var gap = 2; gap <= 3 && index + gap < tokens.Count; gap++)
        {
            var particle = tokens[index + gap].Folded;
            var last = index + gap == tokens.Count - 1 || (index + gap == tokens.Count - 2 && tokens[^1].Folded is "for" or "then");
            if (PhrasalParticles.Contains(particle) && last && !PhrasalParticles.Contains(tokens[index + 1].Folded))
                return particle;
        }
        return null;
    }

    /// <summary>The English particles that make a phrasal verb of the verb before them; not "in" or "on", which mostly begin a phrase of time or place ("signed in 1955").</summary>
    internal static readonly FrozenSet<string> PhrasalParticles = FrozenSet.ToFrozenSet(["up", "down", "out", "off", "away", "back"], StringComparer.Ordinal);

    /// <summary>Words this short have too many neighbours one edit away to guess which was meant ("cupa": "cuba").</summary>
    private const int MinMisspeltLength = 5;

    /// <summary>
    /// A word neither the index nor the lexicon knows may be a misspelt lexicon word ("vakarii",
    /// "refure"): then it counts as that word, translations included. Not for short words, nor for
    /// a real English word that has synonyms of its own ("replaced" is no misspelt "replied"), nor a word the Tagalog
    /// dictionary holds as written: Tagalog roots are short, and one letter off is another word ("pumalit", replaced, is
    /// no misspelt "pumilit", forced). (Lithuanian and Romanian neighbours are mostly forms of one word: "susikūrė", "sukūrė".)
    /// </summary>
    private IReadOnlyList<MisspeltForm> MisspeltLexiconWord(Token token, HashSet<string> stems, Dictionary<string, HashSet<string>> translations,
        IReadOnlyList<string> languages, IndexGeneration generation, bool borrowed)
    {
        var folded = token.Folded;
        // Four letters only in English (or an English word borrowed into Tagalog, "nag-aply"), where WordNet tells a real
        // word ("cupa", Romanian for cup, is no "cuba"), and only when one concept is meant ("wanz": "want").
        var shortEnglish = folded.Length == MinMisspeltLength - 1 && (languages is [Language.English] || borrowed) && !synonyms.KnowsPhrase(folded, Language.English);
        if (translations.Count > 0 || (folded.Length < MinMisspeltLength && !shortEnglish) || char.IsDigit(folded[0])
            || stems.Any(stem => generation.StemDocumentFrequency(stem) > 0))
            return [];
        if (languages.Contains(Language.English) && synonyms.For(folded, Language.English).Count > 0)
            return [];
        if (languages.Contains(Language.Tagalog) && analyzer.Spelling.Knows(token.Surface, Language.Tagalog) == true)
            return [];
        return lexicon.Misspelt(folded, languages, shortEnglish ? 1 : 2);
    }

    /// <summary>
    /// A name written as a phrase in one place and as one word in another ("Sovietų Sąjunga" and
    /// "SSRS", "Unyong Sobyet" and "USSR"), in any language: the question word (alone, or with the
    /// next word, in either order) is read in English through the lexicon, English synonyms give
    /// the other way of writing it — only a phrase for a single word or a single word for a phrase
    /// ("Soviet Union" ↔ "USSR"), never word for word — and the lexicon writes that back in each
    /// language the index holds it in. Counts as a synonym times <see cref="MatchLevel.Translation"/>.
    /// An English word goes the same way, so "Soviet Union" in an English question finds "URSS".
    /// </summary>
    private void AddNameSynonyms(List<QuerySynonym> found, List<Token> tokens, int index, IReadOnlyList<string> languages, IndexGeneration generation)
    {
        foreach (var language in languages)
        {
            var stopWords = StopWords.For(language);
            var own = StemIn(tokens[index].Folded, language, stopWords);
            if (own is null)
                continue;
            var words = lexicon.EnglishWords(language, own);
            if (words.Count == 0)
                continue;
            var english = new List<(string Text, bool Phrase)>();
            foreach (var word in words)
                english.Add((word, false));
            if (index + 1 < tokens.Count && StemIn(tokens[index + 1].Folded, language, stopWords) is { } nextStem)
            {
                foreach (var second in lexicon.EnglishWords(language, nextStem))
                {
                    foreach (var first in words)
                    {
                        english.Add((first + " " + second, true));
                        english.Add((second + " " + first, true));
                    }
                }
            }
            foreach (var (text, phrase) in english)
            {
                foreach (var synonym in synonyms.For(text, Language.English))
                {
                    // A phrase for a word, or a word for a phrase; word for word only the name an
                    // adjective or a people pertains to ("sovietų" → "soviet" → "USSR").
                    var sameShape = synonym.Text.Contains(' ') == phrase;
                    if (sameShape && (phrase || !synonym.Pertains))
                        continue;
                    foreach (var target in Language.All)
                        AddWrittenBack(found, synonym, target, generation, withNext: phrase);
                }
            }
        }
    }

    /// <summary>
    /// Adds a synonym to a word's, or merges it into the one with the same stems in the same
    /// language: the higher level and its source; a common word only when both are; found with the
    /// next word when either was.
    /// </summary>
    private static void Merge(List<QuerySynonym> found, QuerySynonym synonym)
    {
        var at = found.FindIndex(other => other.Language == synonym.Language && other.Stems.SequenceEqual(synonym.Stems));
        if (at < 0)
        {
            found.Add(synonym);
            return;
        }
        var known = found[at];
        found[at] = (known.Level < synonym.Level ? known with { Level = synonym.Level, Source = synonym.Source } : known) with
        {
            CommonWord = known.CommonWord && synonym.CommonWord,
            WithNext = known.WithNext || synonym.WithNext,
            IsWrittenForm = Synonym.EitherForm(known.IsWrittenForm, synonym.IsWrittenForm),
        };
    }

    private string? StemIn(string folded, string language, IReadOnlySet<string> stopWords) =>
        stopWords.Contains(folded) ? null : IndexTerms.Clean(analyzer.Stem(folded, language));

    /// <summary>
    /// An English synonym written in <paramref name="target"/>: each of its words by the lexicon
    /// (English by its own stems) as every stem the index holds for it there ("soviet" and
    /// "sobyet" in Tagalog), at most <see cref="MaxWrittenForms"/> ways; skipped when a word has none.
    /// </summary>
    private void AddWrittenBack(List<QuerySynonym> found, Synonym synonym, string target, IndexGeneration generation, bool withNext)
    {
        var englishStems = SynonymStems(synonym.Text, Language.English, StopWords.For(Language.English));
        if (englishStems.Length == 0)
            return;
        var field = AnalysisFields.StemsOf(target);
        var ways = new List<string[]> { new string[englishStems.Length] };
        for (var i = 0; i < englishStems.Length; i++)
        {
            IEnumerable<string> candidates = target == Language.English
                ? [englishStems[i]]
                : lexicon.Translate([(Language.English, englishStems[i])]).GetValueOrDefault(target) ?? [];
            var indexed = candidates.Select(stem => (Stem: stem, Df: generation.DocumentFrequency(field, stem)))
                .Where(pair => pair.Df > 0)
                .OrderByDescending(pair => pair.Df).ThenBy(pair => pair.Stem, StringComparer.Ordinal)
                .Select(pair => pair.Stem)
                .ToList();
            if (indexed.Count == 0)
                return;
            ways = ways.SelectMany(way => indexed.Select(stem =>
            {
                var next = (string[])way.Clone();
                next[i] = stem;
                return next;
            })).Take(MaxWrittenForms).ToList();
        }
        var level = synonym.Weight * MatchLevel.Translation;
        foreach (var written in ways)
            Merge(found, new QuerySynonym(target, written, level, NameSynonymSource) { WithNext = withNext });
    }

    /// <summary>How many ways one English synonym is written back in one language at most (a word's forms multiply).</summary>
    private const int MaxWrittenForms = 4;

    /// <summary>The <see cref="QuerySynonym.Source"/> of a name's other written form found through the lexicon and English synonyms.</summary>
    public const string NameSynonymSource = "lexicon+wordnet";

    /// <summary>The index stems of a synonym's content words in a language (cached).</summary>
    private string[] SynonymStems(string text, string language, IReadOnlySet<string> stopWords)
    {
        if (_synonymStems.TryGet((text, language), out var cached))
            return cached;
        var stems = analyzer.Tokenize(text)
            .Where(part => !stopWords.Contains(part.Folded))
            .Select(part => IndexTerms.Clean(analyzer.Stem(part.Folded, language)))
            .OfType<string>()
            .ToArray();
        _synonymStems.Add((text, language), stems);
        return stems;
    }

    /// <summary>Runs of two or more capitalised words next to each other form one name.</summary>
    private static int?[] NameGroups(string question, List<Token> tokens, IReadOnlySet<string> stopWords)
    {
        var groups = new int?[tokens.Count];
        bool IsNamePart(int i) => char.IsUpper(tokens[i].Surface[0]) && !stopWords.Contains(tokens[i].Folded);
        bool Adjacent(int i) => string.IsNullOrWhiteSpace(question[tokens[i - 1].End..tokens[i].Start]);
        var i = 0;
        while (i < tokens.Count)
        {
            var end = i;
            while (IsNamePart(end) && end + 1 < tokens.Count && IsNamePart(end + 1) && Adjacent(end + 1))
                end++;
            if (end > i)
            {
                for (var k = i; k <= end; k++)
                    groups[k] = i;
            }
            i = end + 1;
        }
        return groups;
    }

    /// <summary>Ranked paragraphs for a query, best first, at most <paramref name="limit"/>.</summary>
    public List<SearchHit> Search(IndexGeneration generation, SearchQuery query, int limit)
    {
        if (query.Terms.Count == 0 || BuildQuery(generation, query) is not { } engineQuery)
            return [];

        var top = generation.Searcher.Search(engineQuery, Math.Max(limit, EngineHits));
        var matcher = new ParagraphMatcher(query);
        var hits = new List<SearchHit>(top.ScoreDocs.Length);
        foreach (var scored in top.ScoreDocs)
        {
            if (Rank(generation, query, matcher.Match(generation.GetParagraph(scored.Doc)), scored.Score) is { } hit)
                hits.Add(hit);
        }
        // Best first, ties in paragraph order; sorted in place (no copies on every question).
        hits.Sort(static (a, b) => b.Score.CompareTo(a.Score) is var byScore and not 0 ? byScore : a.Paragraph.Id.CompareTo(b.Paragraph.Id));
        if (hits.Count > limit)
            hits.RemoveRange(limit, hits.Count - limit);
        return hits;
    }

    /// <summary>
    /// The engine's query: per question word a disjunction (the best form counts) of its
    /// indexed forms, each boosted by how much its kind of match counts; the words together in
    /// a <see cref="GradedCommonTermsQuery"/>. Never parsed from text: user input only ever
    /// becomes terms.
    /// </summary>
    /// <param name="lucenesDisjunction">Each word as Lucene's own <see cref="DisjunctionMaxQuery"/> instead of
    /// <see cref="GradedFormsQuery"/>, and the words as Lucene's own <see cref="BooleanQuery"/> instead of a
    /// <see cref="MaxScoreQuery"/> (same hits and scores, scored more slowly): what tests compare with.</param>
    internal static Query? BuildQuery(IndexGeneration generation, SearchQuery query, bool lucenesDisjunction = false)
    {
        var commonDf = Math.Max(CommonDfFloor, (int)(generation.ParagraphCount * CommonShare));
        var combined = new GradedCommonTermsQuery(commonDf, generation, maxScore: !lucenesDisjunction);
        foreach (var term in query.Terms)
        {
            if (term.Forms.Count == 0)
                continue;
            var disjunction = lucenesDisjunction ? new DisjunctionMaxQuery(0f) : new GradedFormsQuery();
            foreach (var form in term.Forms)
                disjunction.Add(new TermQuery(form.ToTerm(), generation.TermContext(form.Field, form.Text)) { Boost = (float)form.Level });
            var representative = term.Forms.MaxBy(form => form.DocumentFrequency)!;
            combined.Add(representative.ToTerm(), disjunction);
        }
        return combined.IsEmpty ? null : combined;
    }

    private QueryTerm Weigh(Token token, HashSet<string> stems, string? prefix, Dictionary<string, HashSet<string>> translations, IReadOnlyList<string> stemLanguages, IndexGeneration generation, bool misspelt)
    {
        var n = Math.Max(1, generation.ParagraphCount);
        var forms = new List<QueryForm>();
        void Add(string field, string text, MatchKind kind, double level)
        {
            if (forms.Any(form => form.Field == field && form.Text == text))
                return;
            var df = generation.DocumentFrequency(field, text);
            if (df > 0)
                forms.Add(new QueryForm(field, text, kind, level, df));
        }

        // A paragraph fills the field of its own language; a name or a shared stem may stand in any.
        foreach (var stem in stems)
        {
            foreach (var field in AnalysisFields.StemFields)
                Add(field, stem, MatchKind.Stem, MatchLevel.Stem);
        }
        var stemDf = DocumentFrequency(forms);
        foreach (var (language, translated) in translations)
        {
            foreach (var stem in translated)
            {
                if (stems.Contains(stem))
                    continue;
                Add(AnalysisFields.StemsOf(language), stem, MatchKind.Translation, MatchLevel.Translation);
            }
        }
        var translationDf = forms.Where(form => form.Kind == MatchKind.Translation).Select(form => form.DocumentFrequency).DefaultIfEmpty(0).Max();
        // The key field does not know languages; the matcher tells a cognate from a same-language neighbour.
        if (prefix is { Length: >= 4 })
            Add(AnalysisFields.Key, prefix, MatchKind.Cognate, MatchLevel.EngineKey);
        var prefixDf = prefix is null ? 0 : generation.DocumentFrequency(AnalysisFields.Key, prefix);

        var typoStems = new HashSet<string>(StringComparer.Ordinal);
        var df = stemDf > 0 ? Math.Max(stemDf, translationDf) : translationDf > 0 ? translationDf : prefixDf;
        if (stemDf == 0 && (translationDf == 0 || misspelt) && !char.IsDigit(token.Folded[0]))
        {
            foreach (var (field, typo, _) in Typos(generation, stems, stemLanguages))
            {
                typoStems.Add(typo);
                Add(field, typo, MatchKind.Typo, MatchLevel.Typo);
            }
            if (df == 0 && typoStems.Count > 0)
                df = forms.Where(form => form.Kind == MatchKind.Typo).Max(form => form.DocumentFrequency);
        }

        var weight = Math.Log(1 + (n - df + 0.5) / (df + 0.5)) * StopWords.ContentWeight(token.Folded);
        return new QueryTerm(token.Surface, token.Folded, stems, prefix, typoStems, weight)
        {
            Known = stemDf > 0 || translationDf > 0,
            Forms = forms,
        };
    }

    /// <summary>In how many paragraphs a word's stem forms stand (each paragraph fills one language field, so the fields add up).</summary>
    private static int DocumentFrequency(List<QueryForm> stemForms) =>
        stemForms.GroupBy(form => form.Text).Select(group => group.Sum(form => form.DocumentFrequency)).DefaultIfEmpty(0).Max();

    /// <summary>
    /// Indexed stems a word may be a typo of, closest and most frequent first: Lucene's
    /// <see cref="FuzzyQuery"/> (the first letter fixed, one edit for short words, two for long)
    /// expanded against the index, in the asker's language or in every language when unknown.
    /// </summary>
    private static List<(string Field, string Stem, int Df)> Typos(IndexGeneration generation, IEnumerable<string> stems, IReadOnlyList<string> languages)
    {
        var found = new List<(string Field, string Stem, int Df, int Distance)>();
        foreach (var stem in stems)
        {
            var allowed = EditDistance.AllowedTypos(stem.Length);
            if (allowed == 0)
                continue;
            foreach (var language in languages)
            {
                var field = AnalysisFields.StemsOf(language);
                foreach (var (text, df, distance) in generation.TypoNeighbours(field, stem, allowed, MaxTypoStems))
                    found.Add((field, text, df, distance));
            }
        }
        return found
            .OrderBy(typo => typo.Distance)
            .ThenByDescending(typo => typo.Df)
            .Take(MaxTypoStems)
            .Select(typo => (typo.Field, typo.Stem, typo.Df))
            .ToList();
    }

    private static SearchHit? Rank(IndexGeneration generation, SearchQuery query, ParagraphMatch match, double engineScore)
    {
        var paragraph = match.Paragraph;
        var paragraphScore = 0.0;
        var covered = 0.0;
        var lengthNorm = 1 - B + B * paragraph.ContentLength / generation.AverageLength;
        var termLevels = new double[query.Terms.Count];
        var termKinds = new MatchKind[query.Terms.Count];
        for (var termIndex = 0; termIndex < query.Terms.Count; termIndex++)
        {
            var term = query.Terms[termIndex];
            var (kind, level, _, _, frequency) = match.Words[termIndex];
            if (frequency == 0)
                continue;
            termLevels[termIndex] = level;
            termKinds[termIndex] = kind;
            // A cognate or a typo is a weaker match but still the same word: it counts fully
            // towards covering the question, and less towards the score.
            covered += term.Weight * (level >= MatchLevel.Cognate ? 1 : level);
            paragraphScore += term.Weight * level * frequency * (K1 + 1) / (frequency + K1 * lengthNorm);
        }
        covered += NameCredit(query, termLevels);
        if (paragraphScore <= 0)
            return null;

        // The answer is a sentence: question words that stand together in one count more.
        var sentenceScores = SentenceScores(query, match);
        var bestSentence = 0;
        for (var i = 1; i < sentenceScores.Length; i++)
        {
            if (sentenceScores[i] > sentenceScores[bestSentence] + 1e-9)
                bestSentence = i;
        }
        var sentenceScore = sentenceScores[bestSentence];
        var score = (1 - SentenceShare) * paragraphScore + SentenceShare * sentenceScore;
        if (query.Language != Language.Unknown && paragraph.Paragraph.Language == query.Language)
            score *= SameLanguageBoost;
        if (query.AsksWhen && !paragraph.HasDate)
            score *= NoDatePenalty;
        var coverage = query.TotalWeight <= 0 ? 0 : covered / query.TotalWeight;
        var (evidenceTerms, evidenceWeight) = SentenceEvidence(query, match);
        return new SearchHit(paragraph, score, coverage, match.Tokens, bestSentence)
        {
            Signals = new HitSignals(engineScore, paragraphScore, sentenceScore, termKinds, evidenceTerms, evidenceWeight),
            Match = match,
        };
    }

    /// <summary>
    /// The strongest single sentence of a hit: how many distinct, not-too-common question terms
    /// stand together in it, and their weight. Words that meet in one sentence are evidence
    /// of an answer even when the question is worded differently from the source.
    /// </summary>
    public static (int Terms, double Weight) SentenceEvidence(SearchQuery query, ParagraphMatch match)
    {
        var best = (Terms: 0, Weight: 0.0);
        for (var s = 0; s < match.Paragraph.SentenceCount; s++)
        {
            var terms = 0;
            var weight = 0.0;
            for (var termIndex = 0; termIndex < query.Terms.Count; termIndex++)
            {
                // Cognate matches, and typos of short words, are too loose to be evidence on their own ("kain" ~ "karin"); a
                // typo of a longer word is the word ("stalni", "refsued").
                var level = match.SentenceLevels[termIndex][s];
                if ((level > MatchLevel.Typo || (level == MatchLevel.Typo && query.Terms[termIndex].Folded.Length >= MinTypoEvidenceLength))
                    && query.Terms[termIndex].Weight >= DistinctiveWeight)
                {
                    terms++;
                    weight += query.Terms[termIndex].Weight;
                }
            }
            if (weight > best.Weight)
                best = (terms, weight);
        }
        return best;
    }

    /// <summary>The weight (idf) from which a term is distinctive: rarer than in about a third of the paragraphs.</summary>
    public const double DistinctiveWeight = 1.0;

    /// <summary>The length from which a question word's typo counts as evidence in a sentence (<see cref="SentenceEvidence"/>).</summary>
    private const int MinTypoEvidenceLength = 5;

    /// <summary>
    /// For each sentence: the weight of the distinct question terms whose marked tokens stand in
    /// it (each word at the level it reached in the paragraph: a weaker match elsewhere does not
    /// count here, though the judge's cohesion reads it), plus, for a "when" question, a bonus
    /// when it names a date (more for day and month than a bare year).
    /// </summary>
    private static double[] SentenceScores(SearchQuery query, ParagraphMatch match)
    {
        var paragraph = match.Paragraph;
        var scores = new double[paragraph.SentenceCount];
        var levels = new Dictionary<(int Sentence, int Term), double>();
        foreach (var (index, token) in match.Tokens)
        {
            var key = (paragraph.SentenceOf[index], token.TermIndex);
            if (levels.GetValueOrDefault(key) < token.Level)
                levels[key] = token.Level;
        }
        foreach (var ((sentence, termIndex), level) in levels)
            scores[sentence] += query.Terms[termIndex].Weight * level;
        if (query.AsksWhen)
        {
            var maxWeight = query.Terms.Max(term => term.Weight);
            for (var s = 0; s < scores.Length && s < paragraph.SentenceDates.Count; s++)
            {
                scores[s] += paragraph.SentenceDates[s] switch
                {
                    SentenceDate.Full => maxWeight,
                    SentenceDate.Year => maxWeight * 0.6,
                    _ => 0,
                };
            }
        }
        return scores;
    }

    /// <summary>
    /// Sources name people by their last name ("F. Castro", "Eisenhower"): when the last word
    /// of a name in the question matched, its other words count as covered too.
    /// </summary>
    private static double NameCredit(SearchQuery query, double[] termLevels)
    {
        var credit = 0.0;
        for (var i = 0; i < query.Terms.Count; i++)
        {
            if (termLevels[i] > 0 || query.Terms[i].NameGroup is not { } group)
                continue;
            var last = query.Terms.Select((term, index) => (term, index)).Last(pair => pair.term.NameGroup == group).index;
            if (last != i && termLevels[last] > 0)
                credit += query.Terms[i].Weight;
        }
        return credit;
    }
}
