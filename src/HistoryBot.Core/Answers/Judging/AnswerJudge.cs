using System.Collections.Concurrent;
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
/// How each question word matched each paragraph (stem, translation, synonym, typo, cognate) is
/// the searcher's <see cref="ParagraphMatch"/>, made once by the one <see cref="ParagraphMatcher"/>;
/// the judge weighs the words: words the index does not know at all count for little, and a
/// typo of a known word counts as that word. From that come coverage and sentence cohesion; with the question's intent (a date
/// for "when"…), its period, the language, the engine's own score and whether the passage holds
/// the question's predicate (what is asked about the topic, <see cref="CandidateSignals.Predicate"/>) they make the signals
/// that two fitted logistic models (<see cref="AnswerModel"/>) turn into a ranking and into
/// the answer-or-abstain decision.
/// </summary>
public sealed class AnswerJudge(TextAnalyzer analyzer, EnglishSynonyms dictionary, CrossLanguageLexicon lexicon, AnswerModel model)
{
    /// <summary>How much a question word the index does not know weighs (a rare known word weighs 3–5).</summary>
    public const double UnknownWeight = 0.2;

    /// <summary>A question word in more paragraphs than this share is the library's topic, not a predicate.</summary>
    public const double FrequentShare = 0.1;

    /// <summary>A word in more than this share of the paragraphs is what the library is about (see <see cref="JudgeWord.Topic"/>).</summary>
    private const double TopicShare = 0.3;

    /// <summary>How much a predicate word the index does not know counts when it has synonyms or translations, or WordNet knows it.</summary>
    private const double UnheldPredicateStrength = 0.5;

    /// <summary>How much any other unknown predicate word counts (a paraphrase or a typo says little).</summary>
    private const double UnknownPredicateStrength = 0.1;

    /// <summary>The level at which a word of the same family ("application" for "apply") holds a predicate word.</summary>
    private const double RelatedFormLevel = 0.5;
    private const int MinRelatedStem = 4;

    /// <summary><see cref="PredicateFit"/> over the whole passage: each word at its best sentence's level.</summary>
    private const int AnySentence = -1;

    private const double IntentSentenceBonus = 0.1;
    private const double NoCompetitorMargin = 5;

    /// <summary>How many words after "which" or "name of" the kind of person asked for may stand ("which Soviet pilot", "name of the pilot").</summary>
    private const int AskedPersonReach = 4;

    /// <summary>How far below the best rank score a passage that holds a "why" question's event may stand to be decided on instead.</summary>
    private const double EventHolderReach = 3.0;

    /// <summary>The least level (a synonym's, at its weight) at which a passage holds the question's event for that.</summary>
    private const double HeldEventLevel = 0.5;

    /// <summary>How many such passages are decided on, best first.</summary>
    private const int MaxEventHolders = 3;

    // Keyed by a paragraph's own text: it lives as long as the paragraph.
    private static readonly ConditionalWeakTable<string, string> NumbersOfText = new();

    private readonly ConditionalWeakTable<Paragraph, ParagraphView> _views = new();

    /// <summary>Per language, the folded forms of the Western powers (<see cref="WesternPowers"/>), read from the lexicon once.</summary>
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _westernPowers = new(StringComparer.Ordinal);

    public AnswerModel Model => model;

    /// <summary>
    /// Judges the engine's candidates for a parsed question: the words' synonyms and translations
    /// are the ones the searcher found (<see cref="QueryTerm.Synonyms"/>, <see cref="QueryTerm.Translations"/>).
    /// </summary>
    public Judgement Judge(SearchQuery query, IReadOnlyList<JudgeCandidate> candidates, ITermStatistics statistics)
    {
        var question = query.ReadText;
        var language = query.Language;
        var reading = QuestionReader.Read(question);
        // The question's tokens, read once for every rule below that looks at word order.
        var tokens = Tokenizer.Tokenize(question);
        var words = ReadWords(question, tokens, language, query.Terms, reading, statistics);
        // The searcher matched its hits already (one ParagraphMatcher for both); a candidate from elsewhere is matched here.
        ParagraphMatcher? matcher = null;
        var views = candidates.Select(candidate => _views.GetValue(candidate.Paragraph, paragraph => new ParagraphView(
            candidate.Match?.Paragraph ?? (candidate.Analysis is { } analysis && ReferenceEquals(analysis.Paragraph, paragraph) ? analysis
                : new AnalyzedParagraph(0, paragraph, analyzer.Analyze(paragraph.Text, paragraph.Language)))))).ToArray();
        var matches = candidates.Select((candidate, c) => candidate.Match ?? (matcher ??= new ParagraphMatcher(query)).Match(views[c].Analysis)).ToArray();

        // levels[c][w][s]: how word w matched sentence s of candidate c; matched[c][w]: the paragraph's best token.
        var levels = new double[candidates.Count][][];
        var matched = new WordInParagraph[candidates.Count][];
        for (var c = 0; c < candidates.Count; c++)
        {
            levels[c] = words.Select(word => matches[c].SentenceLevels[word.TermIndex]).ToArray();
            matched[c] = words.Select(word => matches[c].Words[word.TermIndex]).ToArray();
        }

        // "West Germany" is not held by "East Germany" ("Silangang Alemanya", "Rytų Vokietija"): a name the question
        // qualifies by a point of the compass, matched in a passage only next to another point, is not held there.
        for (var w = 0; w < words.Count; w++)
        {
            if (Compass.Of(tokens, tokens.FindIndex(token => token.Folded == words[w].Folded)) is not { } asked)
                continue;
            for (var c = 0; c < candidates.Count; c++)
            {
                if (matched[c][w].Token is var token and >= 0 && Compass.Of(views[c].Tokens, token) is { } written && written != asked)
                {
                    levels[c][w] = new double[levels[c][w].Length];
                    matched[c][w] = new WordInParagraph(MatchKind.None, 0, -1, null, 0);
                }
            }
        }

        // A word the index does not know is a typo (or a cognate) when some passage holds a word close to it.
        for (var w = 0; w < words.Count; w++)
        {
            if (words[w].Known)
                continue;
            for (var c = 0; c < candidates.Count && !words[w].Known; c++)
            {
                var (kind, _, token, _, _) = matched[c][w];
                if (kind is MatchKind.Typo or MatchKind.Cognate && views[c].Stems[token] is { } stem)
                    words[w] = words[w] with { Known = true, Weight = Idf(statistics, Math.Max(1, statistics.DocumentFrequency(stem))) * words[w].Scale };
            }
        }

        var predicate = PredicateStrengths(words, matched, views);
        var predicateLevels = new double[candidates.Count][][];
        for (var c = 0; c < candidates.Count; c++)
            predicateLevels[c] = PredicateLevels(query.Terms, words, predicate, levels[c], views[c]);
        var eventWord = EventWord(words, predicate, tokens, language);
        var totalWeight = words.Sum(word => word.Weight);
        var knownWeight = words.Where(word => word.Known).Sum(word => word.Weight);
        var questionWords = tokens.Select(token => token.Folded).ToHashSet(StringComparer.Ordinal);
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
                    knownScore += words[w].Weight * Math.Min(1, best / MatchLevel.Typo);
            }
            var paragraphFit = AnswerShape.Fit(reading.Intent, view.Shape, questionWords);
            var bestSentence = 0;
            var bestValue = double.MinValue;
            var bestFit = 0.5;
            var fact = 0.0;
            var eventFact = 0.0;
            var eventHeld = eventWord < 0 ? 1.0 : 0.0;
            var eventIntent = eventWord < 0 || reading.Intent == QuestionIntent.None ? 1.0 : 0.0;
            for (var s = 0; s < sentenceScores.Length; s++)
            {
                var fit = reading.Intent == QuestionIntent.None ? 0.5 : AnswerShape.Fit(reading.Intent, view.SentenceShapes[s], questionWords);
                fact = Math.Max(fact, PredicateFit(predicate, predicateLevels[c], s).Share * (reading.Intent == QuestionIntent.None ? 1 : fit));
                if (eventWord >= 0)
                {
                    var eventLevel = Math.Min(1, predicateLevels[c][eventWord][s] / MatchLevel.Typo);
                    eventHeld = Math.Max(eventHeld, eventLevel);
                    if (reading.Intent != QuestionIntent.None)
                        eventIntent = Math.Max(eventIntent, eventLevel * fit);
                    // A date stands in the sentence of the event it dates; a reason or a name often in the next one.
                    if (reading.Intent == QuestionIntent.When)
                        eventFact = Math.Max(eventFact, eventLevel * fit * sentenceScores[s] / Math.Max(1e-9, totalWeight));
                }
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
            var (predicateShare, predicateMissing) = PredicateFit(predicate, predicateLevels[c], AnySentence);
            var (predicateSentence, _) = PredicateFit(predicate, predicateLevels[c], bestSentence);
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
                EngineAnswers: candidates[c].EngineAnswers)
            {
                Predicate = predicateShare,
                PredicateMissing = predicateMissing,
                PredicateSentence = predicateSentence,
                Fact = fact,
                EventFact = eventFact,
                EventHeld = eventHeld,
                EventIntent = eventIntent,
                NamesMissing = NamesMissing(words, levels[c]),
            };
            signals[c] = s0 with { RankScore = model.RankScore(s0) };
        }

        var nameUnits = NameUnits(query.Terms, words);
        var nameLevels = GroupLevels(words, levels, views);
        var namesUnheld = NamesHeldNowhere(nameUnits, words, nameLevels);
        var ranking = PeriodFirst(NamesFirst(RankOrder(signals, candidates), namesUnheld, signals), signals);
        var unknownShare = words.Count == 0 ? 1 : (double)words.Count(word => !word.Known) / words.Count;
        var unknownName = words.Any(word => word.IsName && !word.Known);
        var unknownCount = words.Count(word => !word.Known);
        var foreignTopics = words.Count(word => word.Untold);
        var intentName = reading.Intent.ToString().ToLowerInvariant();
        var periodText = reading.Period?.ToString();
        // What the decision reads of the question alone, whichever passage it is decided on.
        // "Who was the first commander…?": a passage that never says "first" (in any form) cannot tell which holder was the first.
        // After a copula only an ordinal of the role counts: "who was behind the second attempt" asks no second holder.
        // In English a name after the role opens a clause ("the french ambassador stalin sat down with"); elsewhere a name
        // inside the role is whose it is ("Didžiosios Britanijos premjeras").
        var role = QuestionRole.Read(tokens, folded => language == Language.English && words.Any(word => word.ProperName && word.Folded == folded));
        var possessors = Possessors(tokens, words).ToList();
        // Outside English the event is read by word order alone, which is free ("kada sovietų kariai pasitraukė…"): any untold predicate word,
        // but a light verb, which the English event skips too ("a ținut discursul", held the speech: the speech is the event).
        var eventUntold = language == Language.English
            ? eventWord >= 0 && words[eventWord].Untold && !OpensPhrasalVerb(words[eventWord].Folded, tokens)
            : Enumerable.Range(0, words.Count).Any(w => predicate[w] > 0 && words[w].Untold && !IsLightVerb(query.Terms[words[w].TermIndex]));
        var untoldEvent = AnswerModel.UntoldEvent(reading.Intent, eventUntold);

        var askedPerson = language == Language.English ? AskedPerson(tokens, words) : -1;
        var counted = reading.CountedWord is { } countedWord ? words.FindIndex(word => word.Folded == countedWord) : -1;
        var countedPhrase = counted >= 0 ? CountedPhrase(counted, words, tokens, language) : [];
        var judgement = Decide(ranking);
        // "Why was the Soviet request to join NATO rejected?": the passage that holds most of the question (the request,
        // ¶1) may not tell its event (the rejection) and is refused; the reason stands where the event is told. Then a
        // passage close behind it in score that holds the event better, names as many of the question's names and
        // fits its period as well, is decided on in its place, and answers when the same decision accepts it.
        if (!judgement.Decision.Answer && reading.Intent == QuestionIntent.Why && eventWord >= 0 && ranking.Count > 1)
        {
            var top = ranking[0];
            var holders = ranking.Skip(1).Where(c => signals[c].EventHeld > signals[top].EventHeld && signals[c].EventHeld >= HeldEventLevel
                && signals[c].RankScore >= signals[top].RankScore - EventHolderReach && namesUnheld[c] <= namesUnheld[top]
                && signals[c].PeriodFit >= signals[top].PeriodFit);
            foreach (var holder in holders.Take(MaxEventHolders))
            {
                var decided = Decide([holder, .. ranking.Where(c => c != holder)]);
                if (decided.Decision.Answer)
                    return decided;
            }
        }
        return judgement;

        // The decision on the first passage of a ranking, and the order the passages are shown in.
        Judgement Decide(List<int> byScore)
        {
            var order = PreferLanguage(byScore, candidates, language);
            var judged = order.Select(c => new JudgedCandidate(candidates[c].Paragraph.SourceId.Value, candidates[c].Paragraph.Number,
                candidates[c].Paragraph.Language, candidates[c].Paragraph.Text, candidates[c].TranslationOf, signals[c])
            { ExplainWords = () => Explain(words, matched[c], views[c], predicate, eventWord) }).ToList();
            // What every decision says of the question, answered or not.
            AnswerDecision Decision(bool answer, double confidence, double margin, IReadOnlyList<WordMatch> explained, CandidateSignals? best) =>
                new(answer, confidence, model.Threshold, margin, unknownShare, intentName, periodText, explained, best)
                { Candidates = judged, UnknownName = unknownName, UnknownCount = unknownCount, ForeignTopics = foreignTopics };
            if (order.Count == 0 || words.Count == 0)
                return new Judgement(order, signals, Decision(false, 0, 0, Explain(words, null, null, predicate, eventWord), null));

            var first = order[0];
            var margin = Margin(byScore, signals, candidates);
            // Decided on the best-scoring passage; the one shown may be its version in the asker's language (or its original).
            var features = AnswerModel.AbstainVector(signals[byScore[0]], margin, unknownShare, unknownName, unknownCount, foreignTopics);
            var confidence = model.Confidence(features);
            var ordinalUnheld = reading.Intent == QuestionIntent.Who
                ? words.Where((word, w) => IsOrdinal(word, query.Terms) && levels[byScore[0]][w].Max() <= 0
                        && (role is null || role.Any(t => tokens[t].Folded == word.Folded)))
                    .Select(word => word.Surface).ToList()
                : [];
            var (roleUnheld, unownedRole, roleOwners) = RoleUnheld(role ?? [], tokens, words, possessors, levels[byScore[0]], language != Language.English, dictionary.IsAdjective);
            var gaps = ShapeGaps(reading, words, query.Terms, views[byScore[0]], signals[byScore[0]].BestSentence, questionWords, levels[byScore[0]]);
            var subjectsUnheld = reading.Intent is QuestionIntent.When or QuestionIntent.Who or QuestionIntent.Where or QuestionIntent.HowMany
                ? SubjectsUnheld(nameUnits, words, nameLevels[byScore[0]], matched, views, views[byScore[0]], language)
                : [];
            // "Where was NATO's headquarters?": whose thing is asked about is the question's subject, even the library's topic
            // ("NATO"), which the name checks leave out: a passage that never names it tells of someone else's.
            // "Why did Warsaw Pact troops enter Czechoslovakia in 1968?": a passage that names years, none of them the one
            // year asked about, tells of another time (a decade or a leader's years are wider: the ordering weighs those).
            var ownersUnheld = possessors.Where(w => levels[byScore[0]][w].Max() <= 0).Select(w => words[w].Surface).ToList();
            // "When did Soviet troops go into Afghanistan?", "What did the USSR do in Hungary in 1956?": a place the passage names
            // only as one of a list, in a sentence that names no date ("incidents in many countries: Vietnam, Afghanistan and
            // others"), is an example, not where the passage's dated event happened.
            var listedOnly = reading.Intent == QuestionIntent.When || reading.Period is not null ? ListedPlaces(words, query.Terms, matched[byScore[0]], views[byScore[0]]) : [];
            // "How many soldiers did the Warsaw Pact have?": a passage that never names what is counted, in any form, counts
            // something else (the countries that signed it). Only a word some passage holds: an unknown one may be a paraphrase.
            // "How many Soviet troops were stationed in East Germany?": a passage that names them once, in a sentence that
            // counts nothing (a date is no count), does not tell how many.
            var countedUnheld = counted >= 0 && words[counted].Known && levels[byScore[0]][counted].Max() <= 0 ? [words[counted].Surface] : new List<string>();
            var uncounted = counted >= 0 && words[counted].Known && countedUnheld.Count == 0
                && Uncounted(countedPhrase, levels[byScore[0]], matched[byScore[0]], views[byScore[0]], questionWords)
                ? string.Join(' ', countedPhrase.Select(w => words[w].Surface)) : null;
            // "Which Soviet pilot fired at the Boeing?", "What was the name of the pilot…?": a kind of person no source speaks of,
            // in any form, cannot be named by any passage.
            var personUntold = askedPerson >= 0 && words[askedPerson].Untold ? [words[askedPerson].Surface] : new List<string>();
            var otherYear = reading.Period is { } asked && asked.From == asked.To && signals[byScore[0]].PeriodFit < 0 ? [asked.ToString()] : new List<string>();
            var factAbsent = AnswerModel.FactAbsent(reading.Intent, signals[byScore[0]]) || ordinalUnheld.Count > 0 || roleUnheld.Count > 0 || unownedRole is not null || gaps.Any
                || subjectsUnheld.Count > 0 || otherYear.Count > 0 || ownersUnheld.Count > 0 || listedOnly.Count > 0 || countedUnheld.Count > 0 || uncounted is not null
                || personUntold.Count > 0;
            // Only a predicate a source could say counts: an unknown word ("aply", "cme") is more likely a typo than an
            // event; and a verb that takes another ("want to join", "hope to join") is no event: the other one is.
            bool EventUnheld()
            {
                if (!AnswerModel.PredicateAbsent(signals[byScore[0]]))
                    return false;
                var controls = ControlVerbs(words, tokens, language);
                return Enumerable.Range(0, words.Count).Any(w => predicate[w] >= UnheldPredicateStrength && !controls.Contains(w));
            }
            var unheldEvent = AnswerModel.UnheldEvent(reading.Intent, EventUnheld, () => AsksBeginning(words, predicate, query.Terms, tokens, language),
                () => AsksEnd(words, predicate, query.Terms));
            var decision = Decision(confidence >= model.Threshold && !factAbsent && !untoldEvent && !unheldEvent, confidence, margin,
                Explain(words, matched[first], views[first], predicate, eventWord), signals[first]) with
            {
                FactAbsent = factAbsent,
                PlaceAbsent = gaps.Place,
                NameAbsent = gaps.Name,
                // The role as the question writes it holds its ordinal, if any ("first secretary general").
                FactWordsMissing = roleUnheld.Count > 0 ? roleUnheld : ordinalUnheld.Count > 0 ? ordinalUnheld : subjectsUnheld.Count > 0 ? subjectsUnheld : ownersUnheld.Count > 0 ? ownersUnheld : countedUnheld.Count > 0 ? countedUnheld : personUntold.Count > 0 ? personUntold : otherYear,
                UndatedPlaces = listedOnly,
                Uncounted = uncounted,
                UnownedRole = unownedRole,
                RoleOwners = roleOwners,
                UntoldEvent = untoldEvent,
                UnheldEvent = unheldEvent,
                Features = features,
            };
            return new Judgement(order, signals, decision);
        }
    }

    /// <summary>
    /// Per candidate, how many of the question's proper names it holds in no form, a name of several
    /// words ("Fidel Castro", "West Germany") counting as held when one of its proper words is
    /// ("Castro"; "Germany", not "West"). A name that is also a common word does not count, but the West
    /// as a group does, at <see cref="GroupNameShare"/>: a passage holds it where it names one of the
    /// Western powers ("the United States, France and England", <see cref="GroupLevels"/>).
    /// </summary>
    private static double[] NamesHeldNowhere(List<int[]> units, List<JudgeWord> words, double[][][] levels) =>
        levels.Select(candidate => units.Where(unit => Unheld(unit, words, candidate)).Sum(unit => unit.All(w => words[w].Group) ? GroupNameShare : 1)).ToArray();

    /// <summary>
    /// How much the West as a group (<see cref="JudgeWord.Group"/>) counts when a passage names none of its powers, against a
    /// proper name's 1: a passage on Andropov that names no Western power answers "why did Andropov want closer ties with the
    /// West" before one on the West that never names Andropov.
    /// </summary>
    private const double GroupNameShare = 0.5;

    /// <summary>The question's names, each a unit of its words ("Fidel Castro"), that hold a proper word and are not all the library's topic.</summary>
    private static List<int[]> NameUnits(IReadOnlyList<QueryTerm> terms, List<JudgeWord> words) =>
        words.Select((word, w) => (word, w)).Where(pair => pair.word.IsName || pair.word.Group)
            .GroupBy(pair => terms[pair.word.TermIndex].NameGroup is { } group && !pair.word.Group ? group : -1 - pair.w, pair => pair.w)
            .Where(unit => unit.Any(w => words[w].ProperName || words[w].Group) && !unit.All(w => words[w].Topic))
            .Select(unit => unit.ToArray())
            .ToList();

    /// <summary>
    /// The question's names the decided passage never names, as the question writes them (session 15): "When did Eisenhower
    /// first meet Khrushchev?" answered by a passage on a Khrushchev meeting without Eisenhower cannot date, place or count
    /// what they did. A place counts as named when the passage names its people or a people's place ("the French
    /// ambassador" for "Pransya": <see cref="CrossLanguageLexicon.PlaceAndKinForms"/>); a continent not at all ("Europe"
    /// is often the Western powers a passage lists).
    /// In an English question, so are names typed in lower case ("who took over after andropov died?"): a word WordNet
    /// does not know and that is none of the library's frequent words, that some passage writes with a capital inside a
    /// sentence and some passage holds as itself (a stem match), and that the decided passage does not hold.
    /// </summary>
    private List<string> SubjectsUnheld(List<int[]> units, List<JudgeWord> words, double[][] levels, WordInParagraph[][] matched, ParagraphView[] views,
        ParagraphView view, string language)
    {
        bool KinNamed(int[] unit)
        {
            var forms = unit.SelectMany(w => lexicon.PlaceAndKinForms(words[w].Folded, Language.All, view.Paragraph.Language)).ToHashSet(StringComparer.Ordinal);
            return forms.Count > 0 && view.SentenceShapes.Any(shape => shape.Tokens.Any(token => forms.Contains(token.Folded)));
        }
        var names = units.Where(unit => Unheld(unit, words, levels) && !unit.Any(w => lexicon.IsContinentName(words[w].Folded, Language.All)) && !KinNamed(unit))
            .Select(unit => string.Join(' ', unit.Select(w => words[w].Surface)));
        var typedNames = language != Language.English ? [] : Enumerable.Range(0, words.Count)
            .Where(w => !words[w].IsName && !words[w].IsNumber && !words[w].Frequent && !dictionary.IsKnown(words[w].Folded)
                && levels[w].Max() <= 0 && UsedAsName(w, matched, views) && matched.Any(candidate => candidate[w].Kind == MatchKind.Stem))
            .Select(w => words[w].Surface);
        return [.. names, .. typedNames];
    }

    /// <summary>
    /// The places of the question (the lexicon's) that the passage names only inside a list of names in a sentence without a
    /// date: the word the matcher took stands next to another capitalised word with a comma between them.
    /// </summary>
    private List<string> ListedPlaces(List<JudgeWord> words, IReadOnlyList<QueryTerm> terms, WordInParagraph[] matched, ParagraphView view)
    {
        var listed = new List<string>();
        var text = view.Paragraph.Text;
        bool Listed(int a, int b) => a >= 0 && b < view.Tokens.Length && view.Analysis.SentenceOf[a] == view.Analysis.SentenceOf[b]
            && char.IsUpper(view.Tokens[a].Surface[0]) && char.IsUpper(view.Tokens[b].Surface[0])
            && text.AsSpan(view.Tokens[a].End, view.Tokens[b].Start - view.Tokens[a].End).Trim() is [','];
        for (var w = 0; w < words.Count; w++)
        {
            var token = matched[w].Token;
            if (token < 0 || words[w].Frequent || !terms[words[w].TermIndex].PlaceName || matched[w].Count > 1)
                continue;
            if (!view.SentenceShapes[view.Analysis.SentenceOf[token]].HasDate && (Listed(token - 1, token) || Listed(token, token + 1)))
                listed.Add(words[w].Surface);
        }
        return listed;
    }

    /// <summary>
    /// The words of the counted thing as the question writes them: the counted word and the content words right after
    /// it, two at most ("how many Soviet troops", "câte teste nucleare", "ilang nuclear test").
    /// </summary>
    private static List<int> CountedPhrase(int counted, List<JudgeWord> words, List<Token> tokens, string language)
    {
        var phrase = new List<int> { counted };
        var at = tokens.FindIndex(token => token.Folded == words[counted].Folded);
        for (var i = at + 1; at >= 0 && i < tokens.Count && i <= at + 2 && !StopWords.IsStopWordAt(tokens, i, language); i++)
        {
            var w = words.FindIndex(word => word.Folded == tokens[i].Folded);
            if (w < 0)
                break;
            phrase.Add(w);
        }
        return phrase;
    }

    /// <summary>
    /// The passage names the counted thing, and each of its words it holds stands once, in a sentence with no count in it
    /// (a date is no count).
    /// </summary>
    private static bool Uncounted(List<int> phrase, double[][] levels, WordInParagraph[] matched, ParagraphView view, IReadOnlySet<string> questionWords)
    {
        var held = phrase.Where(w => levels[w].Max() > 0).ToList();
        return held.Count > 0 && held.All(w => matched[w].Token >= 0 && matched[w].Count == 1
            && AnswerShape.Fit(QuestionIntent.HowMany, view.SentenceShapes[view.Analysis.SentenceOf[matched[w].Token]], questionWords) == 0);
    }

    /// <summary>
    /// <paramref name="levels"/> as the name checks read them: a question word that names the Western powers as a group
    /// ("the West", "Vakarai", "Occidentul", "Kanluran") is held in a sentence that names one of them ("the United States,
    /// France and England refused…", "JAV, Prancūzija ir Anglija"), as the passages name them. Only the name checks read
    /// this; the ranking does not (a passage that names France holds no "West" for what it says).
    /// </summary>
    private double[][][] GroupLevels(List<JudgeWord> words, double[][][] levels, ParagraphView[] views)
    {
        var groups = Enumerable.Range(0, words.Count).Where(w => words[w].Group).ToList();
        if (groups.Count == 0)
            return levels;
        var result = (double[][][])levels.Clone();
        for (var c = 0; c < levels.Length; c++)
        {
            // The sentences that name a Western power, read once per passage; a passage naming none keeps its levels.
            var members = WesternPowers(views[c].Paragraph.Language);
            var sentenceOf = views[c].Analysis.SentenceOf;
            var naming = Enumerable.Range(0, views[c].Tokens.Length).Where(t => members.Contains(views[c].Tokens[t].Folded)).Select(t => sentenceOf[t]).ToHashSet();
            if (naming.Count == 0)
                continue;
            result[c] = (double[][])levels[c].Clone();
            foreach (var w in groups)
            {
                var row = (double[])levels[c][w].Clone();
                foreach (var sentence in naming)
                    row[sentence] = Math.Max(row[sentence], MatchLevel.SameLanguageTranslation);
                result[c][w] = row;
            }
        }
        return result;
    }

    /// <summary>The English names of the Western powers the sources name for "the West".</summary>
    private static readonly string[] WesternPowerNames = ["usa", "america", "american", "england", "english", "britain", "british", "france", "french", "europe", "european"];

    /// <summary>The folded forms, in a language, of the Western powers and their peoples ("statele" and "valstijos" of "the United States").</summary>
    private IReadOnlySet<string> WesternPowers(string language) => _westernPowers.GetOrAdd(language, key =>
    {
        var forms = WesternPowerNames.SelectMany(name => lexicon.PlaceAndKinForms(name, [Language.English], key)).ToHashSet(StringComparer.Ordinal);
        forms.UnionWith(["states", "statele", "valstijos", "valstijomis", "valstijoms"]);
        return forms;
    });

    /// <summary>A passage holds none of a name's proper words (or of the West's powers) in any form.</summary>
    private static bool Unheld(int[] unit, List<JudgeWord> words, double[][] levels) =>
        unit.Where(w => words[w].ProperName || words[w].Group).All(w => levels[w].Max() <= 0);

    /// <summary>
    /// A question that names someone or something ("Why did Khrushchev want…", "…with China") is
    /// answered first by a passage that holds all its names when one does: the passages that miss
    /// fewer come first, each group in its order.
    /// </summary>
    private static List<int> NamesFirst(List<int> order, double[] missing, CandidateSignals[] signals)
    {
        if (order.Count == 0)
            return order;
        // Only passages that answer the rest of the question nearly as well take part: a name alone
        // does not lift a passage that holds nothing else of it ("Moscova" in a paragraph on the West's
        // demands, against one on the restored relations the question asks about).
        var floor = NamesFirstScoreShare * order.Max(c => signals[c].RankScore);
        bool Contends(int c) => signals[c].RankScore >= floor;
        var fewest = order.Where(Contends).Min(c => missing[c]);
        bool First(int c) => Contends(c) && missing[c] == fewest;
        return [.. order.Where(First), .. order.Where(c => !First(c))];
    }

    /// <summary>The share of the best rank score a passage needs to be moved first for holding the question's names.</summary>
    private const double NamesFirstScoreShare = 0.5;

    /// <summary>
    /// A question that names its period ("in the 1980s", "under Khrushchev") is not answered first
    /// by a passage whose every date lies outside it while another passage has one inside: those
    /// passages go after the rest, each group in its order.
    /// </summary>
    private static List<int> PeriodFirst(List<int> order, CandidateSignals[] signals)
    {
        if (!order.Any(c => signals[c].PeriodFit > 0) || !order.Any(c => signals[c].PeriodFit < 0))
            return order;
        return [.. order.Where(c => signals[c].PeriodFit >= 0), .. order.Where(c => signals[c].PeriodFit < 0)];
    }

    /// <summary>
    /// The candidates best first: by rank score (to 9 decimals), then the asker's language, an
    /// original before a translation, the engine's score, and the engine's order.
    /// </summary>
    private static List<int> RankOrder(CandidateSignals[] signals, IReadOnlyList<JudgeCandidate> candidates)
    {
        var rounded = new double[signals.Length];
        for (var c = 0; c < rounded.Length; c++)
            rounded[c] = Math.Round(signals[c].RankScore, 9);
        var order = new List<int>(signals.Length);
        for (var c = 0; c < signals.Length; c++)
            order.Add(c);
        order.Sort((a, b) =>
        {
            if (rounded[b].CompareTo(rounded[a]) is var byScore and not 0)
                return byScore;
            if (signals[b].SameLanguage.CompareTo(signals[a].SameLanguage) is var byLanguage and not 0)
                return byLanguage;
            if (signals[a].IsTranslation.CompareTo(signals[b].IsTranslation) is var byOriginal and not 0)
                return byOriginal;
            if (candidates[b].EngineScore.CompareTo(candidates[a].EngineScore) is var byEngine and not 0)
                return byEngine;
            return a.CompareTo(b);
        });
        return order;
    }

    /// <summary>
    /// How much each question word says about what is asked (0 for the topic): the question's
    /// <em>predicate</em> ("died", "founded", "invade") is what a passage about the right topic
    /// must also hold to answer. Names (capitalised in the question, or written capitalised
    /// inside a sentence where a passage holds them), numbers and words in more than
    /// <see cref="FrequentShare"/> of the paragraphs are topic. A predicate word the index knows
    /// (itself, a synonym, a translation or as a typo) counts 1; one the index does not know but
    /// that has synonyms or translations, or that WordNet knows, <see cref="UnheldPredicateStrength"/>
    /// (the sources could have said it and do not); any other unknown word
    /// <see cref="UnknownPredicateStrength"/> (a paraphrase or a typo says little).
    /// </summary>
    private double[] PredicateStrengths(List<JudgeWord> words, WordInParagraph[][] matched, ParagraphView[] views)
    {
        var strengths = new double[words.Count];
        for (var w = 0; w < words.Count; w++)
        {
            var word = words[w];
            if (word.IsName || word.IsNumber || word.Frequent || word.Folded.Length <= 2 || UsedAsName(w, matched, views) || word.Adverb)
                continue;
            strengths[w] = word.Known ? 1 : word.HasForms || word.ForeignTopic ? UnheldPredicateStrength : UnknownPredicateStrength;
        }
        return strengths;
    }

    /// <summary>
    /// How each predicate word is held in each sentence of a passage: as matched, or else, at
    /// <see cref="RelatedFormLevel"/>, by a word of the same family in the passage's language —
    /// one stem starting with the other, both at least <see cref="MinRelatedStem"/> letters
    /// ("applied"/"applications", "sukurta"/"sukūrimą"): the stemmer keeps derivations apart,
    /// but a passage that says "application" holds the asked-for "apply".
    /// </summary>
    private static double[][] PredicateLevels(IReadOnlyList<QueryTerm> terms, List<JudgeWord> words, double[] strengths, double[][] levels, ParagraphView view)
    {
        var result = new double[words.Count][];
        var language = view.Paragraph.Language;
        var sentenceOf = view.Analysis.SentenceOf;
        for (var w = 0; w < words.Count; w++)
        {
            result[w] = levels[w];
            if (strengths[w] <= 0 || levels[w].Max() >= MatchLevel.Typo
                || terms[words[w].TermIndex].StemsByLanguage.GetValueOrDefault(language) is not { Length: >= MinRelatedStem } stem)
                continue;
            double[]? related = null;
            for (var t = 0; t < view.Stems.Length; t++)
            {
                // One starting with the other needs the same first letter: most tokens fail that at once.
                if (view.Stems[t] is not { Length: >= MinRelatedStem } other || other[0] != stem[0]
                    || !(other.StartsWith(stem, StringComparison.Ordinal) || stem.StartsWith(other, StringComparison.Ordinal)))
                    continue;
                related ??= (double[])levels[w].Clone();
                var sentence = sentenceOf[t];
                related[sentence] = Math.Max(related[sentence], RelatedFormLevel);
            }
            if (related is not null)
                result[w] = related;
        }
        return result;
    }

    /// <summary>The English word is a verb with a particle after it that WordNet knows as one verb ("lay out", "pull out").</summary>
    private bool OpensPhrasalVerb(string folded, List<Token> tokens)
    {
        var at = tokens.FindIndex(token => token.Folded == folded);
        return at >= 0 && at + 1 < tokens.Count && Searcher.PhrasalParticles.Contains(tokens[at + 1].Folded)
            && dictionary.KnowsPhrase(folded + " " + tokens[at + 1].Folded, Language.English);
    }

    /// <summary>A word whose lexicon concept is an English light verb ("ținut", "surengė": "hold").</summary>
    private bool IsLightVerb(QueryTerm term) => term.EnglishForms.Any(form => dictionary.VerbSenses(form) >= LightVerbSenses);

    /// <summary>A verb with this many tagged senses or more says little of its own ("get" 20, "make" 29, "take" 36; "break" 22).</summary>
    private const int LightVerbSenses = 20;

    /// <summary>
    /// The question's event: its first predicate word in the question's order ("reject" in "When
    /// did the West reject the Soviet request?", "tinanggihan" in "Kailan tinanggihan ng Kanluran
    /// ang hiling ng USSR?"): in all four languages the verb comes before its object, and the
    /// subject is mostly a name (no predicate). In English, the first predicate word WordNet reads
    /// mainly as a verb and is no light verb, when there is one ("invade", not the subject "troops";
    /// "signed", not "get"). -1 without a predicate.
    /// </summary>
    private int EventWord(List<JudgeWord> words, double[] strengths, List<Token> tokens, string language)
    {
        var first = Array.FindIndex(strengths, strength => strength > 0);
        if (first < 0 || language != Language.English)
            return first;
        // In English WordNet tells a verb from the nouns before it ("troops" in "When did Soviet troops
        // invade…"), and a light verb from the one it carries ("get" in "When did the pact get signed?").
        var verb = Enumerable.Range(0, words.Count)
            .FirstOrDefault(w => strengths[w] > 0 && dictionary.VerbSenses(words[w].Folded) is > 0 and < LightVerbSenses, -1);
        if (verb >= 0)
            return verb;
        // "When was the request turned down?": after a form of "be" the event is the participle, at the end.
        var at = tokens.FindIndex(token => token.Folded == words[first].Folded);
        return tokens.Take(at).Any(token => token.Folded is "was" or "were" or "is" or "are") ? Array.FindLastIndex(strengths, strength => strength > 0) : first;
    }

    /// <summary>
    /// The English question words that take another verb, after "to" or as a gerund ("want", "hope",
    /// "decide" in "want to join"; "propose" in "propose joining"): what is asked about is the verb
    /// they take, often the library's topic ("join").
    /// </summary>
    private HashSet<int> ControlVerbs(List<JudgeWord> words, List<Token> tokens, string language)
    {
        var controls = new HashSet<int>();
        if (language is not (Language.English or Language.Unknown))
            return controls;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var next = tokens[i + 1].Folded;
            var takes = next == "to" ? (i + 2 < tokens.Count ? tokens[i + 2].Folded : null)
                : next.EndsWith("ing", StringComparison.Ordinal) ? next : null;
            if (takes is null || dictionary.VerbSenses(takes) == 0)
                continue;
            var w = words.FindIndex(word => word.Folded == tokens[i].Folded);
            if (w >= 0)
                controls.Add(w);
        }
        return controls;
    }

    /// <summary>
    /// Whether the question's predicate tells how something came to be (<see cref="EnglishSynonyms.IsBeginning"/>):
    /// a predicate word, or in English the word with the one or two after it ("come into being", "set
    /// up"), or an English form of its lexicon concept in any language ("atsirado" → "arise", "sukurta" → "create").
    /// </summary>
    private bool AsksBeginning(List<JudgeWord> words, double[] predicate, IReadOnlyList<QueryTerm> terms, List<Token> tokens, string language)
    {
        var english = language is Language.English or Language.Unknown;
        for (var w = 0; w < words.Count; w++)
        {
            if (predicate[w] <= 0)
                continue;
            if (terms[words[w].TermIndex].EnglishForms.Any(dictionary.IsBeginning))
                return true;
            if (!english)
                continue;
            var at = tokens.FindIndex(token => token.Folded == words[w].Folded);
            for (var length = 1; length <= 3 && at >= 0 && at + length <= tokens.Count; length++)
            {
                if (dictionary.IsBeginning(string.Join(' ', tokens.Skip(at).Take(length).Select(token => token.Folded))))
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The question's names written as possessors, English "X's" ("NATO's secretary general", "Egypt's leader"); not a
    /// possessive inside a name ("the People's Republic of China": a capital follows).
    /// </summary>
    private static IEnumerable<int> Possessors(List<Token> tokens, List<JudgeWord> words) =>
        Enumerable.Range(0, Math.Max(0, tokens.Count - 1))
            .Where(t => tokens[t + 1].Folded == "s" && tokens[t + 1].Start - (tokens[t].Start + tokens[t].Length) == 1
                && !(t + 2 < tokens.Count && char.IsUpper(tokens[t + 2].Surface[0])))
            .Select(t => words.FindIndex(word => word.Folded == tokens[t].Folded))
            .Where(w => w >= 0 && words[w].IsName)
            .Distinct();

    /// <summary>
    /// A question that asks who held a role (<see cref="QuestionRole"/>: "Who was the British prime minister…"): a
    /// passage that holds one of the role's words (names and numbers left out) nowhere cannot tell who held it,
    /// however well it holds the rest. The role as the question writes it ("prime minister"), when one of its words is
    /// held nowhere; empty when the passage holds them all, or the question asks no role. A role written as a name's own
    /// ("NATO's secretary general") also needs the name in a sentence that holds the role: else the role (without its
    /// owner) and the owner's names are returned as unowned.
    /// </summary>
    private static (List<string> Missing, string? UnownedRole, List<string> Owners) RoleUnheld(IReadOnlyList<int> roleTokens, List<Token> tokens, List<JudgeWord> words, IReadOnlyList<int> possessors,
        double[][] levels, bool namesInsideOwn, Func<string, bool> isAdjective)
    {
        var all = roleTokens
            .Select(t => words.FindIndex(word => word.Folded == tokens[t].Folded))
            .Where(w => w >= 0 && !words[w].IsNumber)
            .Distinct()
            .ToList();
        // A capitalised title is a word of the role ("US Secretary of State"): only a proper name is left out.
        var role = all.Where(w => !words[w].ProperName).ToList();
        // A name the role is written as belonging to ("NATO's secretary general", "Egypt's leader") stands in a sentence
        // that holds the role, not only elsewhere in the passage ("Secretary General Yuri Andropov" holds no NATO office).
        // A name inside the role is whose it is ("NATO generalinis sekretorius", "Prancūzijos … ministras", "NATO secretary
        // general"), but in English not a name WordNet knows as an adjective ("the Soviet secretary general", "the French
        // ambassador"): the sources speak of Soviet offices without naming the USSR.
        // So is a name right after it, joined by "of", Tagalog "ng", Romanian "al"/"a"/"ale" ("the secretary general of
        // NATO", "foreign minister ng France").
        var owners = possessors.Where(w => roleTokens.Any(t => tokens[t].Folded == words[w].Folded))
            .Concat(all.Where(w => words[w].ProperName && (namesInsideOwn || !isAdjective(words[w].Folded))))
            .Concat(OwnerAfter(roleTokens, tokens, words) is var after and >= 0 ? [after] : []).Distinct().ToList();
        var ownersUnheld = role.Count > 0 && owners.Count > 0 && !Enumerable.Range(0, levels.Length == 0 ? 0 : levels[0].Length)
            .Any(s => role.All(w => levels[w][s] > 0) && owners.All(w => levels[w][s] > 0));
        var roleText = string.Join(' ', role.Select(w => words[w].Surface));
        return role.Any(w => levels[w].Max() <= 0) ? ([roleText], null, [])
            : ownersUnheld ? ([], roleText, owners.Select(w => words[w].Surface).ToList()) : ([], null, []);
    }

    /// <summary>
    /// The kind of person an English question asks to be named, as a question word: the first person noun (<see
    /// cref="EnglishSynonyms.IsPersonNoun"/>) within a few words after "which", "what" or "name of" ("which Soviet pilot",
    /// "the name of the pilot who…"); -1 for none.
    /// </summary>
    private int AskedPerson(List<Token> tokens, List<JudgeWord> words)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var folded = tokens[i].Folded;
            if (folded is not ("which" or "what") && !(folded == "name" && i + 1 < tokens.Count && tokens[i + 1].Folded == "of"))
                continue;
            for (var k = folded == "name" ? i + 2 : i + 1; k < Math.Min(tokens.Count, i + 1 + AskedPersonReach); k++)
            {
                var w = words.FindIndex(word => word.Folded == tokens[k].Folded);
                if (w >= 0 && !words[w].IsName && dictionary.IsPersonNoun(words[w].Folded))
                    return w;
            }
        }
        return -1;
    }

    /// <summary>The proper name right after a role, joined to it by a word of belonging ("of NATO", "ng France", "al NATO"); -1 for none.</summary>
    private static int OwnerAfter(IReadOnlyList<int> roleTokens, List<Token> tokens, List<JudgeWord> words)
    {
        if (roleTokens.Count == 0 || roleTokens[^1] + 2 >= tokens.Count || tokens[roleTokens[^1] + 1].Folded is not ("of" or "ng" or "al" or "a" or "ale"))
            return -1;
        var at = roleTokens[^1] + 2;
        if (tokens[at].Folded == "the" && at + 1 < tokens.Count)
            at++;
        var w = words.FindIndex(word => word.Folded == tokens[at].Folded);
        return w >= 0 && words[w].ProperName ? w : -1;
    }

    /// <summary>
    /// What the decided passage lacks of the answer's shape, read where the answer would stand (session 14):
    /// <list type="bullet">
    /// <item>"Where…?" asked outright: a place where something is or happens, other than the question's own (<see cref="AnswerShape.Places"/>).</item>
    /// <item>"What was the 1953 speech called?": a name the question does not give, in the best sentence or the next (<see cref="AnswerShape.HasNewThingName"/>).</item>
    /// <item>"Which countries were in SEATO?": a country the question does not name, in the best sentence or the two after it (a list often follows the sentence that opens it); when the question names something the passage names (SEATO), after a sentence that names it.</item>
    /// <item>"Când a fost creat SEATO?": a date as exact as asked within <see cref="DateReach"/> sentences of the best one, not three sentences away.</item>
    /// <item>"Cine conducea Iugoslavia când…?": who led or ruled something is a person, named within a sentence of the best one.</item>
    /// </list>
    /// </summary>
    private ShapeGap ShapeGaps(QuestionReading reading, List<JudgeWord> words, IReadOnlyList<QueryTerm> terms, ParagraphView view,
        int sentence, IReadOnlySet<string> questionWords, double[][] levels)
    {
        string[] languages = [view.Paragraph.Language];
        bool IsPlace(string folded) => lexicon.IsPlaceName(folded, languages);
        bool NameNear(int before, int after) =>
            Near(view, sentence, before, after).Any(shape => AnswerShape.HasNewThingName(shape.Text, shape.Tokens, questionWords, IsPlace));
        // A person's name is no place and no word the lexicon writes for a common English word ("Republica Populară
        // Chineză", "Secretary General" name no leader; "Hrușciov", "Andropov" are no common words).
        bool NoPerson(string folded) => IsPlace(folded) || lexicon.WrittenEnglishForms(folded, languages).Any(dictionary.IsCommonWord);
        bool PersonNear(int before, int after) =>
            Near(view, sentence, before, after).Any(shape => AnswerShape.HasNewThingName(shape.Text, shape.Tokens, questionWords, NoPerson));
        bool CountryAfter(int opening) => AnswerShape.HasNewPlace(Near(view, opening, 0, 2).SelectMany(shape => shape.Tokens)
            .Where(token => char.IsUpper(token.Surface[0]) && lexicon.IsCountryName(token.Folded, languages)).Select(token => token.Folded).ToList(), questionWords);
        // "Ce țări făceau parte din SEATO?": the countries of a body the question names are listed where the passage names
        // it, not beside another sentence that holds the question's other words ("țările care au primit asistență").
        bool CountryNear()
        {
            var names = Enumerable.Range(0, words.Count).Where(w => words[w].ProperName && !words[w].Topic).ToList();
            var named = Enumerable.Range(0, view.SentenceShapes.Length).Where(s => names.Any(w => levels[w][s] > 0)).ToList();
            return named.Count > 0 ? named.Any(CountryAfter) : CountryAfter(sentence);
        }
        bool DateNear() => Near(view, sentence, DateReach, DateReach).Any(shape => AnswerShape.Fit(QuestionIntent.When, shape, questionWords) > 0.5);
        return new ShapeGap(
            Place: QuestionReader.AsksWhereOutright(reading) && !AnswerShape.HasNewPlace(view.Places, questionWords),
            Name: reading.AsksThingName && !NameNear(0, 1),
            Countries: reading.AsksCountries && !CountryNear(),
            DateFar: reading.Intent == QuestionIntent.When && !DateNear(),
            PersonFar: ((reading.Intent == QuestionIntent.Who && AsksLeader(words, terms)) || reading.AsksRepresentative) && !PersonNear(1, 1));
    }

    /// <summary>The sentences from <paramref name="before"/> before sentence <paramref name="sentence"/> to <paramref name="after"/> after it, within the paragraph.</summary>
    private static IEnumerable<ShapedText> Near(ParagraphView view, int sentence, int before, int after)
    {
        var first = Math.Max(0, sentence - before);
        return view.SentenceShapes.Skip(first).Take(sentence - first + after + 1);
    }

    /// <summary>What the decided passage lacks of the answer's shape (<see cref="ShapeGaps"/>).</summary>
    private readonly record struct ShapeGap(bool Place, bool Name, bool Countries, bool DateFar, bool PersonFar)
    {
        public bool Any => Place || Name || Countries || DateFar || PersonFar;
    }

    /// <summary>The English words of leading and ruling.</summary>
    private static readonly HashSet<string> LeadLemmas = new(StringComparer.Ordinal)
    {
        "lead", "led", "leader", "leaders", "leadership", "rule", "ruled", "govern", "governed", "reign", "head", "chief", "command", "commanded", "commander",
    };

    /// <summary>A question word that asks who led or ruled ("conducea", "vadovavo", "namuno", "led").</summary>
    private static bool AsksLeader(List<JudgeWord> words, IReadOnlyList<QueryTerm> terms) => words.Any(word => ReadsAs(word, terms, LeadLemmas));

    /// <summary>How many sentences from the best one a date may stand and still date it.</summary>
    private const int DateReach = 2;

    /// <summary>
    /// The question word names the West as a group of powers ("the West", "Vakarai", "Occidentul", "Kanluran": a form of the
    /// lexicon's "west"), not a point of the compass before a name ("West Germany", "Vakarų Vokietija").
    /// </summary>
    private bool IsWestGroup(List<Token> tokens, int i, IReadOnlyList<string> languages)
    {
        var folded = tokens[i].Folded;
        var west = folded is "west" or "western" or "westerners" || lexicon.WrittenEnglishForms(folded, languages).Contains("west");
        return west && !(i + 1 < tokens.Count && lexicon.IsPlaceName(tokens[i + 1].Folded, Language.All))
            && !(i > 0 && lexicon.IsPlaceName(tokens[i - 1].Folded, Language.All));
    }

    /// <summary>An English adverb ("officially", "actually"): WordNet knows it only as an adverb (not "Italy", "assembly"), and it ends in "-ly". It tells how, not what happened: no predicate, and it weighs like a function word.</summary>
    private bool IsEnglishAdverb(string folded) =>
        folded.EndsWith("ly", StringComparison.Ordinal) && folded.Length > 4 && dictionary.IsOnlyAdverb(folded);

    /// <summary>
    /// An adverb of manner: in English by <see cref="IsEnglishAdverb"/>; in Lithuanian, which makes adverbs with "-ai"
    /// ("oficialiai", "tiesiogiai"), a word so ending that the lexicon writes as a concept with an English adverb among its
    /// forms ("officially"). Not plurals in "-ai" ("kariai", "sovietai": no adverb in their concepts).
    /// </summary>
    private bool IsAdverb(string folded, QueryTerm term, string language) =>
        IsEnglishAdverb(folded)
        || (language == Language.Lithuanian && folded.EndsWith("ai", StringComparison.Ordinal) && term.EnglishForms.Any(IsEnglishAdverb));

    /// <summary>The English ordinals ("first"… "tenth"): the lexicon's ordinal numbers.</summary>
    private static readonly HashSet<string> Ordinals = new(StringComparer.Ordinal)
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    };

    /// <summary>
    /// A question word that is an ordinal ("first", "primul", "pirmasis"), and nothing else: Romanian "noua" is "the ninth"
    /// after "a" but "the new" before a noun ("noua încercare"), "doua" also "two".
    /// </summary>
    private static bool IsOrdinal(JudgeWord word, IReadOnlyList<QueryTerm> terms) =>
        Ordinals.Contains(word.Folded)
        || terms[word.TermIndex].EnglishForms is { Count: > 0 } forms && forms.Any(Ordinals.Contains) && forms.All(form => Ordinals.Contains(form) || form == "firstly");

    /// <summary>
    /// A question word that is one of <paramref name="english"/> in any language: itself in English ("first", "led"), or by
    /// its lexicon concept's English forms ("primul", "pirmasis", "unang"; "conducea", "vadovavo").
    /// </summary>
    private static bool ReadsAs(JudgeWord word, IReadOnlyList<QueryTerm> terms, HashSet<string> english) =>
        english.Contains(word.Folded) || terms[word.TermIndex].EnglishForms.Any(english.Contains);

    /// <summary>The English verbs of an end: of a body, a membership, a relation.</summary>
    private static readonly HashSet<string> EndLemmas = new(StringComparer.Ordinal)
    {
        "end", "dissolve", "disband", "leave", "quit", "exit", "withdraw", "collapse", "break",
    };

    /// <summary>
    /// A predicate word that asks about an end ("break up", "dissolved", "išstojo", "a ieșit", "binuwag"), by its English
    /// forms in the lexicon (the concepts that write it, when some do).
    /// </summary>
    private static bool AsksEnd(List<JudgeWord> words, double[] predicate, IReadOnlyList<QueryTerm> terms) =>
        Enumerable.Range(0, words.Count).Any(w => predicate[w] > 0 && terms[words[w].TermIndex].EnglishForms.Any(EndLemmas.Contains));

    /// <summary>How many of the question's names and numbers ("Reagan", "1964") the passage holds in no form.</summary>
    private static int NamesMissing(List<JudgeWord> words, double[][] levels)
    {
        var missing = 0;
        for (var w = 0; w < words.Count; w++)
        {
            if ((words[w].IsName || words[w].IsNumber) && levels[w].Max() <= 0)
                missing++;
        }
        return missing;
    }

    /// <summary>Some passage holds the word written with a capital inside a sentence ("nato" → "NATO", "korean" → "Korean").</summary>
    private static bool UsedAsName(int w, WordInParagraph[][] matched, ParagraphView[] views)
    {
        for (var c = 0; c < matched.Length; c++)
        {
            var (kind, level, token, _, _) = matched[c][w];
            if (token < 0 || level < MatchLevel.Typo || kind == MatchKind.Synonym)
                continue;
            if (views[c].Analysis.IsWrittenAsName(token))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The share of the predicate's strength a passage holds (1 without a predicate), and the
    /// strength it misses: in one sentence, or in the whole passage (<see cref="AnySentence"/>).
    /// </summary>
    private static (double Share, double Missing) PredicateFit(double[] strengths, double[][] levels, int sentence)
    {
        var total = 0.0;
        var held = 0.0;
        for (var w = 0; w < strengths.Length; w++)
        {
            if (strengths[w] <= 0)
                continue;
            var level = sentence == AnySentence ? levels[w].Max() : levels[w][sentence];
            total += strengths[w];
            held += strengths[w] * Math.Min(1, level / MatchLevel.Typo);
        }
        return total <= 0 ? (1, 0) : (held / total, total - held);
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

    /// <summary>The digit runs of a text, in order ("1954 31 7"): translations keep a paragraph's years and dates. Read once per paragraph text.</summary>
    private static string Numbers(string text) => NumbersOfText.GetValue(text, static text =>
        string.Join(' ', System.Text.RegularExpressions.Regex.Matches(text, "[0-9]+").Select(match => match.Value).Order(StringComparer.Ordinal)));

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

    private static List<WordMatch> Explain(List<JudgeWord> words, WordInParagraph[]? matched, ParagraphView? view, double[] predicate, int eventWord) =>
        words.Select((word, w) =>
        {
            var (kind, _, token, via, _) = matched is null ? new WordInParagraph(MatchKind.None, 0, -1, null, 0) : matched[w];
            return new WordMatch(word.Surface, Math.Round(word.Weight, 3), word.Known, kind, token >= 0 && view is not null ? view.Tokens[token].Surface : null) { Source = via, Predicate = predicate[w], Event = w == eventWord, ForeignTopic = word.Untold };
        }).ToList();

    /// <summary>The question's content words with their forms and weights.</summary>
    private List<JudgeWord> ReadWords(string question, List<Token> tokens, string language, IReadOnlyList<QueryTerm> terms, QuestionReading reading, ITermStatistics statistics)
    {
        var stopWords = StopWords.For(language);
        var languages = Language.IsSupported(language) ? (IReadOnlyList<string>)[language] : Language.All;
        var words = new List<JudgeWord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var folded = tokens[i].Folded;
            if (StopWords.IsStopWordAt(tokens, i, language) || reading.FramingWords.Contains(folded) || !seen.Add(folded))
                continue;
            var isNumber = char.IsDigit(folded[0]);
            if (!isNumber && folded.Length < 2)
                continue;
            var ownStems = new HashSet<string>(StringComparer.Ordinal) { folded };
            if (RomanOrdinals.At(question, tokens, i) is { } roman)
                ownStems.Add(roman);
            foreach (var stemLanguage in languages)
            {
                if (IndexTerms.Clean(analyzer.Stem(folded, stemLanguage)) is { } stem)
                    ownStems.Add(stem);
            }
            var df = ownStems.Max(statistics.DocumentFrequency);
            // "wat", "anu" opening a question: a misspelt question word is a question word.
            // Further on, a word neither the index nor WordNet knows one letter off a stop word is that stop word ("inot", "donw", "cal").
            // (A stop word read as a content word in its place, "să intre", is no misspelt one.)
            if (df == 0 && !isNumber && !stopWords.Contains(folded) && (i <= 1 || !dictionary.IsKnown(folded)) && IsStopWordTypo(folded, stopWords))
                continue;

            // The searcher's term of the word: its translations and synonyms, and what the matcher matched for it.
            var termIndex = FindTerm(terms, folded);
            if (termIndex < 0)
                continue;
            var term = terms[termIndex];
            var otherStems = isNumber ? [] : term.Translations.Values.SelectMany(set => set)
                .Concat(term.Synonyms.Where(synonym => !synonym.IsPhrase && !ownStems.Contains(synonym.Stems[0])).Select(synonym => synonym.Stems[0]));

            // An English adverb of manner ("officially", "finally") says how, not what: it weighs like a function word.
            var adverb = IsAdverb(folded, term, language);
            var scale = adverb ? StopWords.FunctionWordWeight : StopWords.ContentWeight(folded);
            var known = df > 0;
            var weight = known ? Idf(statistics, df) : UnknownWeight;
            if (!known)
            {
                var otherDf = otherStems.Select(statistics.DocumentFrequency).DefaultIfEmpty(0).Max();
                if (otherDf > 0)
                {
                    known = true;
                    weight = Idf(statistics, otherDf);
                }
            }
            // An English word WordNet knows, that neither the index nor any synonym of it holds, is a
            // topic the sources do not cover ("football"), unlike a typo ("aply") or a paraphrase ("bid");
            // so is a word the lexicon writes as one of its forms in any language ("bumagsak", fell)
            // when no translation of it is in the index either (WordNet is English only).
            var foreignTopic = !known && !isNumber && (languages.Contains(Language.English) && dictionary.IsKnown(folded) || term.LexiconForm)
                && !(languages.Contains(Language.English) && dictionary.IsMainlyModifier(folded));
            // A capitalised word inside the question is a name ("Budapest", "Wall" in "Berlin Wall"); so is a
            // word WordNet knows only as a name, however it is typed ("khrushchev", "germany", "brezhnev"): in
            // any language when a source holds it, in English only when none does (elsewhere such words
            // are often WordNet genus names or abbreviations: "gulo", "dat").
            // So is a place or a people the lexicon writes ("japan", "china": WordNet's lacquer and porcelain), and a
            // leader's name as people write it in any language ("andropov", "chruscovas").
            var leader = !isNumber && QuestionReader.IsLeaderName(folded);
            var isName = (i > 0 && char.IsUpper(tokens[i].Surface[0]) && !isNumber)
                || (!isNumber && (known || languages.Contains(Language.English)) && dictionary.IsOnlyName(folded))
                || term.PlaceName || leader;
            // A name only WordNet writes with a capital, itself or in English ("Khrushchev", "Hrușciov"), or a place
            // the lexicon writes, unlike one that is also a common word ("the West", "Vakarai": the countries the passage lists).
            var properName = isName && (term.PlaceName || leader || (!dictionary.IsCommonWord(folded)
                && !(term.Translations.GetValueOrDefault(Language.English) ?? []).Any(dictionary.IsCommonWord)));
            words.Add(new JudgeWord(tokens[i].Surface, folded, termIndex, scale, isName, foreignTopic)
            {
                ProperName = properName,
                Group = !isNumber && IsWestGroup(tokens, i, languages),
                Weight = weight * scale,
                Known = known,
                Frequent = df > FrequentShare * Math.Max(1, statistics.ParagraphCount),
                Topic = df > TopicShare * Math.Max(1, statistics.ParagraphCount),
                IsNumber = isNumber,
                Adverb = adverb,
                HasForms = term.Synonyms.Count > 0 || term.Translations.Values.Any(set => set.Count > 0),
            });
        }
        // "Fidel Castro", "Dwight Eisenhower": an unknown part of a name whose other part the index
        // knows is that name; sources name people by one part ("F. Castro").
        for (var w = 0; w < words.Count; w++)
        {
            if (words[w].IsName && !words[w].Known && !words[w].ForeignTopic && NameNeighbours(tokens, words, w).Any(other => other.Known))
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

    private static bool IsStopWordTypo(string folded, IReadOnlySet<string> stopWords) =>
        folded.Length >= 3 && stopWords.Any(stop => stop.Length >= 3 && stop[0] == folded[0] && Math.Abs(stop.Length - folded.Length) <= 1
            && EditDistance.Bounded(stop, folded, 1) <= 1);

    private static double Idf(ITermStatistics statistics, int df)
    {
        var n = Math.Max(1, statistics.ParagraphCount);
        return Math.Log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private static int FindTerm(IReadOnlyList<QueryTerm> terms, string folded)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i].Folded == folded)
                return i;
        }
        return -1;
    }

    /// <summary>A question word: its term in the query (what the matcher matched), and (mutable while judging) its weight.</summary>
    private sealed record JudgeWord(
        string Surface,
        string Folded,
        int TermIndex,
        double Scale,
        bool IsName,
        bool ForeignTopic)
    {
        public double Weight { get; init; }

        public bool Known { get; init; }

        /// <summary>In more than <see cref="FrequentShare"/> of the paragraphs: the library's topic, not what is asked about it.</summary>
        public bool Frequent { get; init; }

        /// <summary>In more than <see cref="TopicShare"/> of the paragraphs: what the library is about ("NATO", "USSR"), which names first does not ask a passage to repeat.</summary>
        public bool Topic { get; init; }

        public bool IsNumber { get; init; }

        /// <summary>An adverb of manner ("officially", "oficialiai"): it tells how, not what happened (see <see cref="IsAdverb"/>).</summary>
        public bool Adverb { get; init; }

        /// <summary>A name WordNet writes only with a capital (see <see cref="NamesHeldNowhere"/>).</summary>
        public bool ProperName { get; init; }

        /// <summary>Names the Western powers as a group ("the West", "Vakarai"): a passage holds it where it names one of them (<see cref="GroupLevels"/>).</summary>
        public bool Group { get; init; }

        /// <summary>A topic no source tells: a real word (<see cref="ForeignTopic"/>) that the index holds in no form.</summary>
        public bool Untold => ForeignTopic && !Known;

        /// <summary>The word has synonyms or lexicon translations (whether or not the index holds them).</summary>
        public bool HasForms { get; init; }
    }
}
