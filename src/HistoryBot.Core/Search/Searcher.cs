using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Lexicon;

namespace HistoryBot.Core.Search;

/// <summary>
/// Finds the paragraphs that answer a question. Rare terms select candidates through the
/// FTS5 postings (common ones are left to ranking, so no query walks a huge posting list),
/// then a BM25-style ranker scores each candidate: same stem counts fully, a shared
/// cross-language prefix ("diplomatic"/"diplomatice") and a typo ("pakt") count less.
/// </summary>
public sealed class Searcher(TextAnalyzer analyzer, LanguageDetector detector, CrossLanguageLexicon lexicon)
{
    private const double K1 = 1.2;
    // Passages, not documents: a long paragraph is not much less likely to hold the answer.
    private const double B = 0.4;
    private const double SentenceShare = 0.5;
    private const int MaxCandidates = 100;
    private const int RowsPerForm = 20_000;
    private const int RowBudget = 60_000;
    private const int CommonDfFloor = 2_000;
    private const int MaxTypoStems = 3;
    private const double SameLanguageBoost = 1.15;
    private const double NoDatePenalty = 0.8;

    private static readonly HashSet<string> WhenWords = new(StringComparer.Ordinal)
    {
        "when", "kada", "kuomet", "kailan", "cand", "year", "date", "metais", "metu", "taon", "petsa", "anul", "data",
    };

    /// <summary>Detects the language (falling back to the hint) and analyzes the question against one generation's vocabulary.</summary>
    public SearchQuery Parse(string question, string? languageHint, IndexGeneration generation)
    {
        var guess = detector.Detect(question);
        var language = guess.IsKnown ? guess.Language : Language.IsSupported(languageHint) ? languageHint! : Language.Unknown;
        var stopWords = StopWords.For(language);
        var stemLanguages = language == Language.Unknown ? Language.All : [language];
        var tokens = Tokenizer.Tokenize(question);
        var asksWhen = tokens.Any(token => WhenWords.Contains(token.Folded));

        var nameGroups = NameGroups(question, tokens, stopWords);
        var terms = new List<QueryTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < tokens.Count; index++)
        {
            var token = tokens[index];
            if (stopWords.Contains(token.Folded) || !seen.Add(token.Folded))
                continue;
            var stems = new HashSet<string>(StringComparer.Ordinal);
            var stemsByLanguage = new List<(string Language, string Stem)>();
            if (IndexTerms.Clean(token.Folded) is { } plain)
                stems.Add(plain);
            foreach (var stemLanguage in stemLanguages)
            {
                if (IndexTerms.Clean(analyzer.Stem(token.Folded, stemLanguage)) is { } stem)
                {
                    stems.Add(stem);
                    stemsByLanguage.Add((stemLanguage, stem));
                }
            }
            if (stems.Count == 0)
                continue;
            var prefix = IndexTerms.PrefixOf(token.Folded);
            var translations = lexicon.Translate(stemsByLanguage);
            terms.Add(Weigh(token, stems, prefix, translations, generation) with { NameGroup = nameGroups[index], Translations = translations });
        }
        return new SearchQuery(question, language, terms, asksWhen);
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
        if (query.Terms.Count == 0)
            return [];

        var candidates = SelectCandidates(generation, query);
        var hits = new List<SearchHit>(candidates.Count);
        foreach (var id in candidates)
        {
            if (generation.GetParagraph(id) is { } paragraph && Rank(generation, query, paragraph) is { } hit)
                hits.Add(hit);
        }
        return hits
            .OrderByDescending(hit => hit.Score)
            .ThenBy(hit => hit.Paragraph.Id)
            .Take(limit)
            .ToList();
    }

    private QueryTerm Weigh(Token token, HashSet<string> stems, string? prefix, Dictionary<string, HashSet<string>> translations, IndexGeneration generation)
    {
        var n = Math.Max(1, generation.ParagraphCount);
        var stemDf = stems.Max(stem => generation.Stems.DocumentFrequency(stem));
        var translationDf = translations.Values.SelectMany(set => set).Select(generation.Stems.DocumentFrequency).DefaultIfEmpty(0).Max();
        var prefixDf = prefix is null ? 0 : generation.Prefixes.DocumentFrequency(prefix);
        var typoStems = new HashSet<string>(StringComparer.Ordinal);
        var df = stemDf > 0 ? Math.Max(stemDf, translationDf) : translationDf > 0 ? translationDf : prefixDf;
        if (stemDf == 0 && translationDf == 0 && !char.IsDigit(token.Folded[0]))
        {
            foreach (var stem in stems)
            {
                foreach (var (term, _) in generation.Stems.Similar(stem, MaxTypoStems))
                    typoStems.Add(term);
            }
            if (df == 0 && typoStems.Count > 0)
                df = typoStems.Max(generation.Stems.DocumentFrequency);
        }

        var weight = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
        // Words that are function words somewhere, and one- or two-letter words, say little.
        if (StopWords.IsStopWordInAnyLanguage(token.Folded) || (token.Folded.Length <= 2 && !char.IsDigit(token.Folded[0])))
            weight *= 0.35;
        return new QueryTerm(token.Surface, token.Folded, stems, prefix, typoStems, weight) { Known = stemDf > 0 || translationDf > 0 };
    }

    /// <summary>
    /// Rare forms select candidates: forms are read rarest first, each up to a row limit,
    /// within a total row budget, and forms in a large share of all paragraphs are left to
    /// ranking once something was selected. Each candidate collects the weight of the terms
    /// it holds; the best <see cref="MaxCandidates"/> go on to ranking.
    /// </summary>
    private static List<long> SelectCandidates(IndexGeneration generation, SearchQuery query)
    {
        var n = generation.ParagraphCount;
        var commonDf = Math.Max(CommonDfFloor, n / 20);
        var forms = new List<(int Term, string Form, bool Prefix, double Level, int Df)>();
        for (var termIndex = 0; termIndex < query.Terms.Count; termIndex++)
        {
            var term = query.Terms[termIndex];
            void Add(string form, bool prefix, double level)
            {
                var df = prefix ? generation.Prefixes.DocumentFrequency(form) : generation.Stems.DocumentFrequency(form);
                if (df > 0)
                    forms.Add((termIndex, form, prefix, level, df));
            }
            foreach (var stem in term.Stems)
                Add(stem, prefix: false, MatchLevel.Stem);
            foreach (var translated in term.Translations.Values.SelectMany(set => set).Except(term.Stems))
                Add(translated, prefix: false, MatchLevel.Translation);
            if (term.Prefix is not null)
                Add(term.Prefix, prefix: true, MatchLevel.Prefix);
            foreach (var typo in term.TypoStems)
                Add(typo, prefix: false, MatchLevel.Typo);
        }

        // The best level each candidate reached for each term, then the sum over terms.
        var levels = new Dictionary<long, double[]>();
        var postings = new List<long>();
        var budget = RowBudget;
        foreach (var form in forms.OrderBy(form => form.Df).ThenByDescending(form => query.Terms[form.Term].Weight))
        {
            if (levels.Count > 0 && (form.Df > commonDf || budget <= 0))
                continue;
            postings.Clear();
            generation.Postings(form.Prefix, form.Form, postings, Math.Min(RowsPerForm, Math.Max(budget, MaxCandidates)));
            budget -= postings.Count;
            foreach (var id in postings)
            {
                if (!levels.TryGetValue(id, out var termLevels))
                    levels[id] = termLevels = new double[query.Terms.Count];
                if (termLevels[form.Term] < form.Level)
                    termLevels[form.Term] = form.Level;
            }
        }

        // Keep the top candidates by collected weight without sorting them all.
        var best = new PriorityQueue<long, (double Vote, long NegativeId)>();
        foreach (var (id, termLevels) in levels)
        {
            var vote = 0.0;
            for (var i = 0; i < termLevels.Length; i++)
                vote += termLevels[i] * query.Terms[i].Weight;
            var key = (vote, -id);
            if (best.Count < MaxCandidates)
                best.Enqueue(id, key);
            else if (best.TryPeek(out _, out var lowest) && key.CompareTo(lowest) > 0)
                best.EnqueueDequeue(id, key);
        }
        var result = new List<long>(best.Count);
        while (best.TryDequeue(out var id, out _))
            result.Add(id);
        return result;
    }

    private static SearchHit? Rank(IndexGeneration generation, SearchQuery query, AnalyzedParagraph paragraph)
    {
        var matchedTokens = new Dictionary<int, TermMatch>();
        var paragraphScore = 0.0;
        var covered = 0.0;
        var lengthNorm = 1 - B + B * paragraph.ContentLength / generation.AverageLength;
        var sameLanguage = query.Language != Language.Unknown && paragraph.Paragraph.Language == query.Language;
        var termLevels = new double[query.Terms.Count];
        for (var termIndex = 0; termIndex < query.Terms.Count; termIndex++)
        {
            var term = query.Terms[termIndex];
            var (level, frequency) = Match(term, termIndex, paragraph, sameLanguage, matchedTokens);
            if (frequency == 0)
                continue;
            termLevels[termIndex] = level;
            // A cognate or a typo is a weaker match but still the same word: it counts fully
            // towards covering the question, and less towards the score.
            covered += term.Weight * (level >= MatchLevel.Typo ? 1 : level);
            paragraphScore += term.Weight * level * frequency * (K1 + 1) / (frequency + K1 * lengthNorm);
        }
        covered += NameCredit(query, termLevels);
        if (paragraphScore <= 0)
            return null;

        // The answer is a sentence: question words that stand together in one count more.
        var sentenceScores = SentenceScores(query, paragraph, matchedTokens);
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
        return new SearchHit(paragraph, score, coverage, matchedTokens, bestSentence);
    }

    /// <summary>
    /// The strongest single sentence of a hit: how many distinct, not-too-common question terms
    /// stand together in it, and their weight. Words that meet in one sentence are evidence
    /// of an answer even when the question is worded differently from the source.
    /// </summary>
    public static (int Terms, double Weight) SentenceEvidence(SearchQuery query, AnalyzedParagraph paragraph, IReadOnlyDictionary<int, TermMatch> matchedTokens)
    {
        var best = (Terms: 0, Weight: 0.0);
        var seen = new HashSet<int>();
        foreach (var sentence in paragraph.Sentences)
        {
            seen.Clear();
            foreach (var (index, match) in matchedTokens)
            {
                var token = paragraph.Tokens[index].Token;
                // Typo matches are too loose to be evidence on their own ("kain" ~ "karin").
                if (token.Start >= sentence.Start && token.End <= sentence.End && match.Level > MatchLevel.Typo
                    && query.Terms[match.TermIndex].Weight >= DistinctiveWeight)
                    seen.Add(match.TermIndex);
            }
            var weight = seen.Sum(term => query.Terms[term].Weight);
            if (weight > best.Weight)
                best = (seen.Count, weight);
        }
        return best;
    }

    /// <summary>The weight (idf) from which a term is distinctive: rarer than in about a third of the paragraphs.</summary>
    public const double DistinctiveWeight = 1.0;

    /// <summary>
    /// For each sentence: the weight of the distinct question terms it matches, plus, for a
    /// "when" question, a bonus when it names a date (more for day and month than a bare year).
    /// </summary>
    private static double[] SentenceScores(SearchQuery query, AnalyzedParagraph paragraph, IReadOnlyDictionary<int, TermMatch> matchedTokens)
    {
        var sentences = paragraph.Sentences;
        var scores = new double[Math.Max(1, sentences.Count)];
        var levels = new Dictionary<int, double>();
        var maxWeight = query.Terms.Count == 0 ? 0 : query.Terms.Max(term => term.Weight);
        for (var s = 0; s < sentences.Count; s++)
        {
            levels.Clear();
            foreach (var (index, match) in matchedTokens)
            {
                var token = paragraph.Tokens[index].Token;
                if (token.Start >= sentences[s].Start && token.End <= sentences[s].End && levels.GetValueOrDefault(match.TermIndex) < match.Level)
                    levels[match.TermIndex] = match.Level;
            }
            var score = 0.0;
            foreach (var (termIndex, level) in levels)
                score += query.Terms[termIndex].Weight * level;
            if (query.AsksWhen)
            {
                score += paragraph.SentenceDates[s] switch
                {
                    DateMention.Full => maxWeight,
                    DateMention.Year => maxWeight * 0.6,
                    _ => 0,
                };
            }
            scores[s] = score;
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

    private static (double Level, int Frequency) Match(QueryTerm term, int termIndex, AnalyzedParagraph paragraph, bool sameLanguage, Dictionary<int, TermMatch> matchedTokens)
    {
        foreach (var (level, test) in Levels(term, sameLanguage))
        {
            var frequency = 0;
            for (var i = 0; i < paragraph.Tokens.Count; i++)
            {
                if (paragraph.Stems[i] is null || !test(paragraph, i))
                    continue;
                frequency++;
                if (!matchedTokens.TryGetValue(i, out var existing) || existing.Level < level)
                    matchedTokens[i] = new TermMatch(termIndex, level);
            }
            if (frequency > 0)
                return (level, frequency);
        }
        return (0, 0);
    }

    private static IEnumerable<(double Level, Func<AnalyzedParagraph, int, bool> Test)> Levels(QueryTerm term, bool sameLanguage)
    {
        yield return (MatchLevel.Stem, (paragraph, i) => term.Stems.Contains(paragraph.Stems[i]!));
        if (term.Translations.Count > 0)
            yield return (MatchLevel.Translation, (paragraph, i) =>
                term.Translations.TryGetValue(paragraph.Paragraph.Language, out var translated) && translated.Contains(paragraph.Stems[i]!));
        // Across languages a shared prefix is how cognates meet; within one language the
        // stemmer already joined the true inflections, so a prefix-only match is another
        // word ("capital"/"capitalist", "Australia"/"Austria") and counts little.
        if (term.Prefix is { Length: >= 4 } prefix)
            yield return (sameLanguage ? MatchLevel.SameLanguagePrefix : MatchLevel.Prefix, (paragraph, i) => paragraph.Prefixes[i] == prefix);
        if (term.TypoStems.Count > 0)
            yield return (MatchLevel.Typo, (paragraph, i) => term.TypoStems.Contains(paragraph.Stems[i]!));
        // A word the index knows may still be a typo in the asker's language ("pakt" is a
        // Lithuanian stem and an English typo of "pact"), so every term may match by typo.
        var allowed = EditDistance.AllowedTypos(term.Folded.Length);
        if (allowed > 0 && !char.IsDigit(term.Folded[0]))
            yield return (MatchLevel.Typo * 0.9, (paragraph, i) =>
            {
                var folded = paragraph.Tokens[i].Token.Folded;
                return folded.Length >= 4 && folded[0] == term.Folded[0] && EditDistance.Bounded(term.Folded, folded, allowed) <= allowed;
            });
    }
}
