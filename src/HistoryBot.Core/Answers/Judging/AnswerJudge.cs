using System.Runtime.CompilerServices;
using HistoryBot.Core.Corpus;
using HistoryBot.Core.Search;
using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Lexicon;
using HistoryBot.Core.Text.Questions;
using HistoryBot.Core.Text.Synonyms;

namespace HistoryBot.Core.Answers.Judging;

/// <summary>
/// Re-ranks the search engine's best paragraphs and decides whether the best one answers.
/// Every question word is looked for in each paragraph by stem, lexicon translation, English
/// WordNet synonym, typo and cross-language cognate, each counting less than the one before;
/// words the index does not know at all count for little, and a typo of a known word counts as
/// that word. From that come coverage and sentence cohesion; with the question's intent (a date
/// for "when"…), its period, the language and the engine's own score they make the signals
/// that two fitted logistic models (<see cref="AnswerModel"/>) turn into a ranking and into
/// the answer-or-abstain decision.
/// </summary>
public sealed class AnswerJudge(TextAnalyzer analyzer, EnglishSynonyms dictionary, CrossLanguageLexicon lexicon, AnswerModel model)
{
    /// <summary>How much a question word the index does not know weighs (a rare known word weighs 3–5).</summary>
    public const double UnknownWeight = 0.2;

    private const double TranslationLevel = 0.85;
    private const double TypoLevel = 0.75;
    private const double CognateLevel = 0.6;
    private const int CognateLength = 5;
    private const double IntentSentenceBonus = 0.1;
    private const double NoCompetitorMargin = 5;

    private readonly ConditionalWeakTable<Paragraph, ParagraphView> _views = new();

    public AnswerModel Model => model;

    /// <summary>
    /// Judges the engine's candidates for a parsed question: the words' synonyms and translations
    /// are the ones the searcher found (<see cref="QueryTerm.Synonyms"/>, <see cref="QueryTerm.Translations"/>).
    /// </summary>
    public Judgement Judge(SearchQuery query, IReadOnlyList<JudgeCandidate> candidates, ITermStatistics statistics)
    {
        var question = query.Text;
        var language = query.Language;
        var reading = QuestionReader.Read(question);
        var words = ReadWords(question, language, query.Terms, reading, statistics);
        var views = candidates.Select(candidate => _views.GetValue(candidate.Paragraph,
            paragraph => candidate.Analysis is { } analysis && ReferenceEquals(analysis.Paragraph, paragraph) ? new ParagraphView(analysis) : new ParagraphView(paragraph, analyzer))).ToArray();

        // levels[c][w][s]: how word w matched sentence s of candidate c; best[c][w]: the paragraph's best token.
        var levels = new double[candidates.Count][][];
        var matched = new (WordMatchKind Kind, int Token, string? Via)[candidates.Count][];
        for (var c = 0; c < candidates.Count; c++)
        {
            levels[c] = new double[words.Count][];
            matched[c] = new (WordMatchKind, int, string?)[words.Count];
            for (var w = 0; w < words.Count; w++)
            {
                levels[c][w] = new double[views[c].Sentences.Count];
                matched[c][w] = (WordMatchKind.None, -1, null);
            }
            Match(words, views[c], language, levels[c], matched[c]);
        }

        // A word the index does not know is a typo (or a cognate) when some passage holds a word close to it.
        for (var w = 0; w < words.Count; w++)
        {
            if (words[w].Known)
                continue;
            for (var c = 0; c < candidates.Count && !words[w].Known; c++)
            {
                var (kind, token, _) = matched[c][w];
                if (kind is WordMatchKind.Typo or WordMatchKind.Cognate && views[c].Stems[token] is { } stem)
                    words[w] = words[w] with { Known = true, Weight = Idf(statistics, Math.Max(1, statistics.DocumentFrequency(stem))) * words[w].Scale };
            }
        }

        var totalWeight = words.Sum(word => word.Weight);
        var knownWeight = words.Where(word => word.Known).Sum(word => word.Weight);
        var questionWords = Tokenizer.Tokenize(question).Select(token => token.Folded).ToHashSet(StringComparer.Ordinal);
        var maxEngine = candidates.Count == 0 ? 1 : Math.Max(1e-9, candidates.Max(candidate => candidate.EngineScore));
        var signals = new CandidateSignals[candidates.Count];
        for (var c = 0; c < candidates.Count; c++)
        {
            var view = views[c];
            var paragraphScore = 0.0;
            var knownScore = 0.0;
            var sentenceScores = new double[view.Sentences.Count];
            for (var w = 0; w < words.Count; w++)
            {
                var best = 0.0;
                for (var s = 0; s < sentenceScores.Length; s++)
                {
                    sentenceScores[s] += words[w].Weight * levels[c][w][s];
                    best = Math.Max(best, levels[c][w][s]);
                }
                paragraphScore += words[w].Weight * best;
                if (words[w].Known)
                    knownScore += words[w].Weight * Math.Min(1, best / TypoLevel);
            }
            var paragraphFit = AnswerShape.Fit(reading.Intent, view.Paragraph.Text, questionWords);
            var bestSentence = 0;
            var bestValue = double.MinValue;
            var bestFit = 0.5;
            for (var s = 0; s < sentenceScores.Length; s++)
            {
                var fit = reading.Intent == QuestionIntent.None ? 0.5 : AnswerShape.Fit(reading.Intent, view.SentenceTexts[s], questionWords);
                var value = sentenceScores[s] / Math.Max(1e-9, totalWeight) + (reading.Intent == QuestionIntent.None ? 0 : IntentSentenceBonus * fit);
                if (value > bestValue + 1e-9)
                {
                    bestValue = value;
                    bestSentence = s;
                    bestFit = fit;
                }
            }
            var intentFit = reading.Intent == QuestionIntent.None ? 0.5 : Math.Max(bestFit, 0.5 * paragraphFit);
            var periodFit = reading.Period is not { } period ? 0
                : view.Periods.Any(mentioned => mentioned.Overlaps(period)) ? 1
                : view.Periods.Count > 0 ? -1 : 0;
            var paragraph = candidates[c].Paragraph;
            var s0 = new CandidateSignals(
                Coverage: totalWeight <= 0 ? 0 : paragraphScore / totalWeight,
                Cohesion: totalWeight <= 0 ? 0 : sentenceScores[bestSentence] / totalWeight,
                EngineScore: candidates[c].EngineScore / maxEngine,
                IntentFit: intentFit,
                PeriodFit: periodFit,
                SameLanguage: Language.IsSupported(language) && paragraph.Language == language,
                IsTranslation: candidates[c].TranslationOf is not null,
                BestSentence: bestSentence,
                KnownCoverage: knownWeight <= 0 ? 0 : knownScore / knownWeight,
                EngineAnswers: candidates[c].EngineAnswers);
            signals[c] = s0 with { RankScore = model.RankScore(s0) };
        }

        var order = Enumerable.Range(0, candidates.Count)
            .OrderByDescending(c => Math.Round(signals[c].RankScore, 9))
            .ThenByDescending(c => signals[c].SameLanguage)
            .ThenBy(c => signals[c].IsTranslation)
            .ThenByDescending(c => candidates[c].EngineScore)
            .ToList();
        var byScore = order;
        order = PreferLanguage(byScore, candidates, language);

        var judged = order.Select(c => new JudgedCandidate(candidates[c].Paragraph.SourceId.Value, candidates[c].Paragraph.Number,
            candidates[c].Paragraph.Language, candidates[c].Paragraph.Text, candidates[c].TranslationOf, signals[c])).ToList();
        var unknownShare = words.Count == 0 ? 1 : (double)words.Count(word => !word.Known) / words.Count;
        var unknownName = words.Any(word => word.IsName && !word.Known);
        var unknownCount = words.Count(word => !word.Known);
        var foreignTopics = words.Count(word => word.ForeignTopic && !word.Known);
        var intentName = reading.Intent.ToString().ToLowerInvariant();
        var periodText = reading.Period?.ToString();
        if (order.Count == 0 || words.Count == 0)
            return new Judgement(order, signals, new AnswerDecision(false, 0, model.Threshold, 0, unknownShare, intentName, periodText, Explain(words, null, null), null) { Candidates = judged, UnknownName = unknownName, UnknownCount = unknownCount, ForeignTopics = foreignTopics });

        var first = order[0];
        var margin = Margin(byScore, signals, candidates);
        // Decided on the best-scoring passage; the one shown may be its version in the asker's language (or its original).
        var confidence = model.Confidence(signals[byScore[0]], margin, unknownShare, unknownName, unknownCount, foreignTopics);
        var decision = new AnswerDecision(confidence >= model.Threshold, confidence, model.Threshold, margin, unknownShare, intentName, periodText,
            Explain(words, matched[first], views[first]), signals[first])
        { Candidates = judged, UnknownName = unknownName, UnknownCount = unknownCount, ForeignTopics = foreignTopics };
        return new Judgement(order, signals, decision);
    }

    /// <summary>
    /// The same paragraph in several languages (a source and its translations, same paragraph
    /// number, the same numbers and dates in the text) answers equally, so among those versions the
    /// one in the asker's language goes first, then the original before a translation, whatever
    /// their scores; they take the places the group had in the ranking. Other passages keep their places.
    /// </summary>
    internal static List<int> PreferLanguage(IReadOnlyList<int> order, IReadOnlyList<JudgeCandidate> candidates, string language)
    {
        var result = order.ToList();
        var groups = order
            .Select((candidate, position) => (candidate, position))
            .GroupBy(pair => (Family(candidates[pair.candidate]), candidates[pair.candidate].Paragraph.Number, Numbers(candidates[pair.candidate].Paragraph.Text)))
            .Where(group => group.Count() > 1);
        foreach (var group in groups)
        {
            var slots = group.Select(pair => pair.position).ToList();
            var preferred = group
                .OrderByDescending(pair => Language.IsSupported(language) && candidates[pair.candidate].Paragraph.Language == language)
                .ThenBy(pair => candidates[pair.candidate].TranslationOf is not null)
                .ThenBy(pair => pair.position)
                .Select(pair => pair.candidate)
                .ToList();
            for (var i = 0; i < slots.Count; i++)
                result[slots[i]] = preferred[i];
        }
        return result;
    }

    /// <summary>The digit runs of a text, in order ("1954 31 7"): translations keep a paragraph's years and dates.</summary>
    private static string Numbers(string text) =>
        string.Join(' ', System.Text.RegularExpressions.Regex.Matches(text, "[0-9]+").Select(match => match.Value).Order(StringComparer.Ordinal));

    /// <summary>
    /// The best passage's lead over the next one that is not the same text in another language
    /// (a translation of the same document says the same, so it is no competitor).
    /// </summary>
    private static double Margin(List<int> order, CandidateSignals[] signals, IReadOnlyList<JudgeCandidate> candidates)
    {
        var first = order[0];
        var family = Family(candidates[first]);
        foreach (var c in order.Skip(1))
        {
            if (Family(candidates[c]) != family || candidates[c].Paragraph.Language == candidates[first].Paragraph.Language)
                return Math.Min(NoCompetitorMargin, signals[first].RankScore - signals[c].RankScore);
        }
        return NoCompetitorMargin;
    }

    private static string Family(JudgeCandidate candidate) => candidate.TranslationOf ?? candidate.Paragraph.SourceId.Value;

    private static List<WordMatch> Explain(List<JudgeWord> words, (WordMatchKind Kind, int Token, string? Via)[]? matched, ParagraphView? view) =>
        words.Select((word, w) =>
        {
            var (kind, token, via) = matched is null ? (WordMatchKind.None, -1, null) : matched[w];
            return new WordMatch(word.Surface, Math.Round(word.Weight, 3), word.Known, kind, token >= 0 && view is not null ? view.Tokens[token].Surface : null) { Source = via };
        }).ToList();

    /// <summary>The question's content words with their forms and weights.</summary>
    private List<JudgeWord> ReadWords(string question, string language, IReadOnlyList<QueryTerm> terms, QuestionReading reading, ITermStatistics statistics)
    {
        var tokens = Tokenizer.Tokenize(question);
        var stopWords = StopWords.For(language);
        var languages = Language.IsSupported(language) ? (IReadOnlyList<string>)[language] : Language.All;
        var words = new List<JudgeWord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var folded = tokens[i].Folded;
            if (stopWords.Contains(folded) || reading.FramingWords.Contains(folded) || !seen.Add(folded))
                continue;
            var isNumber = char.IsDigit(folded[0]);
            if (!isNumber && folded.Length < 2)
                continue;
            var ownStems = new HashSet<string>(StringComparer.Ordinal) { folded };
            foreach (var stemLanguage in languages)
            {
                if (IndexTerms.Clean(analyzer.Stem(folded, stemLanguage)) is { } stem)
                    ownStems.Add(stem);
            }
            var df = ownStems.Max(statistics.DocumentFrequency);
            // "wat", "anu" opening a question: a misspelt question word is a question word.
            if (df == 0 && !isNumber && i <= 1 && IsStopWordTypo(folded, stopWords))
                continue;

            var stemsByLanguage = Language.All.ToDictionary(
                target => target,
                target => IndexTerms.Clean(analyzer.Stem(folded, target)) ?? folded,
                StringComparer.Ordinal);
            var term = terms.FirstOrDefault(candidate => candidate.Folded == folded);
            var translations = isNumber ? [] : term is not null ? term.Translations.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal)
                : lexicon.Translate(languages.Select(source => (source, stemsByLanguage[source])));
            var synonymStems = new Dictionary<(string Language, string Stem), (double Weight, string Source)>();
            var synonymPhrases = new List<(string Language, string[] Stems, double Weight, string Source)>();
            foreach (var synonym in isNumber || term is null ? [] : term.Synonyms)
            {
                if (synonym.IsPhrase)
                    synonymPhrases.Add((synonym.Language, [.. synonym.Stems], synonym.Level, synonym.Source));
                else if (!ownStems.Contains(synonym.Stems[0]) && synonymStems.GetValueOrDefault((synonym.Language, synonym.Stems[0])).Weight < synonym.Level)
                    synonymStems[(synonym.Language, synonym.Stems[0])] = (synonym.Level, synonym.Source);
            }

            var scale = StopWords.ContentWeight(folded);
            var known = df > 0;
            var weight = known ? Idf(statistics, df) : UnknownWeight;
            if (!known)
            {
                var otherDf = translations.Values.SelectMany(set => set).Concat(synonymStems.Keys.Select(key => key.Stem)).Select(statistics.DocumentFrequency).DefaultIfEmpty(0).Max();
                if (otherDf > 0)
                {
                    known = true;
                    weight = Idf(statistics, otherDf);
                }
            }
            // An English word WordNet knows, that neither the index nor any synonym of it holds, is a
            // topic the sources do not cover ("football"), unlike a typo ("aply") or a paraphrase ("bid").
            var foreignTopic = !known && !isNumber && languages.Contains(Language.English) && dictionary.IsKnown(folded);
            // A capitalised word inside the question is a name ("Budapest", "Wall" in "Berlin Wall").
            var isName = i > 0 && char.IsUpper(tokens[i].Surface[0]) && !isNumber;
            words.Add(new JudgeWord(tokens[i].Surface, folded, isNumber, ownStems, stemsByLanguage, translations, synonymStems, synonymPhrases, scale, isName, foreignTopic)
            {
                Weight = weight * scale,
                Known = known,
            });
        }
        // "Fidel Castro", "Dwight Eisenhower": an unknown part of a name whose other part the index
        // knows is that name; sources name people by one part ("F. Castro").
        for (var w = 0; w < words.Count; w++)
        {
            if (words[w].IsName && !words[w].Known && NameNeighbours(tokens, words, w).Any(other => other.Known))
                words[w] = words[w] with { Known = true, Weight = 0 };
        }
        words.RemoveAll(word => word.Known && word.Weight == 0);
        return words;
    }

    /// <summary>The capitalised question word right after word <paramref name="w"/> (its surname, when it is a first name).</summary>
    private static IEnumerable<JudgeWord> NameNeighbours(List<Token> tokens, List<JudgeWord> words, int w)
    {
        // A first name stands before the surname; an acronym ("FIFA") is a name of its own.
        var at = tokens.FindIndex(token => token.Folded == words[w].Folded);
        if (at < 0 || tokens[at].Surface.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            yield break;
        foreach (var neighbour in new[] { at + 1 })
        {
            if (neighbour >= tokens.Count || !char.IsUpper(tokens[neighbour].Surface[0]))
                continue;
            if (words.FirstOrDefault(word => word.Folded == tokens[neighbour].Folded) is { } other)
                yield return other;
        }
    }

    /// <summary>A typo changes a letter or two, not the word's length by more than one ("Australia" is no "Austria").</summary>
    private static bool IsTypo(string word, string other, int allowed) =>
        Math.Abs(other.Length - word.Length) <= 1 && other != word && EditDistance.Bounded(word, other, allowed) <= allowed;

    private static bool IsStopWordTypo(string folded, IReadOnlySet<string> stopWords) =>
        folded.Length >= 3 && stopWords.Any(stop => stop.Length >= 3 && stop[0] == folded[0] && Math.Abs(stop.Length - folded.Length) <= 1
            && EditDistance.Bounded(stop, folded, 1) <= 1);

    private static double Idf(ITermStatistics statistics, int df)
    {
        var n = Math.Max(1, statistics.ParagraphCount);
        return Math.Log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /// <summary>Fills, for one paragraph, each word's best level per sentence and its best token.</summary>
    private static void Match(List<JudgeWord> words, ParagraphView view, string language, double[][] levels, (WordMatchKind Kind, int Token, string? Via)[] matched)
    {
        var paragraphLanguage = view.Paragraph.Language;
        var crossLanguage = !Language.IsSupported(language) || paragraphLanguage != language;
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            var stemHere = word.StemsByLanguage.GetValueOrDefault(paragraphLanguage);
            word.Translations.TryGetValue(paragraphLanguage, out var translated);
            var allowedTypos = word.IsNumber ? 0 : EditDistance.AllowedTypos(word.Folded.Length);
            var bestLevel = 0.0;
            for (var t = 0; t < view.Tokens.Length; t++)
            {
                var stem = view.Stems[t];
                if (stem is null)
                    continue;
                var folded = view.Tokens[t].Folded;
                double level;
                WordMatchKind kind;
                string? via = null;
                if (word.OwnStems.Contains(stem) || folded == word.Folded || (stem == stemHere && (!crossLanguage || word.IsName)))
                    (level, kind) = (1.0, WordMatchKind.Stem);
                // Another language's stemmer joining two words is weak evidence ("population"/"populară").
                else if (stem == stemHere)
                    (level, kind) = (CognateLevel, WordMatchKind.Cognate);
                else if (word.IsNumber)
                    continue;
                else if (translated is not null && translated.Contains(stem))
                    (level, kind) = (crossLanguage ? TranslationLevel : 0.8, crossLanguage ? WordMatchKind.Translation : WordMatchKind.Synonym);
                else if (word.SynonymStems.TryGetValue((paragraphLanguage, stem), out var synonym))
                    (level, kind, via) = (synonym.Weight, WordMatchKind.Synonym, synonym.Source);
                else if (PhraseAt(word, view, t, paragraphLanguage) is { } phrase)
                    (level, kind, via) = (phrase.Weight, WordMatchKind.Synonym, phrase.Source);
                else if (allowedTypos > 0 && folded.Length >= 3 && folded[0] == word.Folded[0]
                    && IsTypo(word.Folded, folded, allowedTypos))
                    (level, kind) = (TypoLevel, WordMatchKind.Typo);
                else if (crossLanguage && word.Folded.Length >= CognateLength && folded.Length >= CognateLength
                    && string.CompareOrdinal(word.Folded, 0, folded, 0, CognateLength) == 0)
                    (level, kind) = (CognateLevel, WordMatchKind.Cognate);
                else
                    continue;
                var sentence = view.SentenceOf[t];
                if (levels[w][sentence] < level)
                    levels[w][sentence] = level;
                if (level > bestLevel)
                {
                    bestLevel = level;
                    matched[w] = (kind, t, via);
                }
            }
        }
    }

    /// <summary>A multi-word synonym ("pass up") whose words all stand in this token's sentence, starting at it.</summary>
    private static (double Weight, string Source)? PhraseAt(JudgeWord word, ParagraphView view, int token, string language)
    {
        foreach (var (phraseLanguage, stems, weight, source) in word.SynonymPhrases)
        {
            if (phraseLanguage != language || view.Stems[token] != stems[0])
                continue;
            var found = true;
            for (var k = 1; k < stems.Length && found; k++)
            {
                found = false;
                for (var t = token + 1; t < view.Tokens.Length && t <= token + 3; t++)
                {
                    if (view.Stems[t] == stems[k])
                    {
                        found = true;
                        break;
                    }
                }
            }
            if (found)
                return (weight, source);
        }
        return null;
    }

    /// <summary>A question word with every form it may take, and (mutable while judging) its weight.</summary>
    private sealed record JudgeWord(
        string Surface,
        string Folded,
        bool IsNumber,
        HashSet<string> OwnStems,
        Dictionary<string, string> StemsByLanguage,
        Dictionary<string, HashSet<string>> Translations,
        Dictionary<(string Language, string Stem), (double Weight, string Source)> SynonymStems,
        List<(string Language, string[] Stems, double Weight, string Source)> SynonymPhrases,
        double Scale,
        bool IsName,
        bool ForeignTopic)
    {
        public double Weight { get; init; }

        public bool Known { get; init; }
    }
}
