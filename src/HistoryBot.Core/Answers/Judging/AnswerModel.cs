using System.Text.Json;
using System.Text.Json.Serialization;
using HistoryBot.Core.Text.Questions;

namespace HistoryBot.Core.Answers.Judging;

/// <summary>
/// The judge's two fitted logistic models, read from answer-model.json (embedded): one ranks
/// passages (log-odds that a passage answers), one decides whether the best passage is an
/// answer at all. Fitted on the tune question sets (never a test set) by
/// tests/data/eval/fit-answer-model.py; see that script for how to refit.
/// </summary>
public sealed class AnswerModel
{
    /// <summary>Rank features, in order: see <see cref="RankFeatures"/>.</summary>
    [JsonPropertyName("rank")] public required Dictionary<string, double> Rank { get; init; }

    [JsonPropertyName("abstain")] public required Dictionary<string, double> Abstain { get; init; }

    /// <summary>The least confidence that counts as an answer.</summary>
    [JsonPropertyName("threshold")] public double Threshold { get; init; } = 0.5;

    [JsonPropertyName("fitted_on")] public string? FittedOn { get; init; }

    public static readonly string[] RankFeatures = ["coverage", "cohesion", "engine", "intent", "period", "same_language", "translation", "event"];

    public static readonly string[] AbstainFeatures = ["rank_score", "coverage", "cohesion", "intent", "period", "margin", "unknown_share", "same_language", "unknown_name", "known_coverage", "unknown_words", "foreign_topics", "engine_answers", "predicate_absent", "intent_absent"];

    public static double[] RankVector(CandidateSignals s) =>
        [s.Coverage, s.Cohesion, s.EngineScore, s.IntentFit - 0.5, s.PeriodFit, s.SameLanguage ? 1 : 0, s.IsTranslation ? 1 : 0, s.EventFact];

    public static double[] AbstainVector(CandidateSignals best, double margin, double unknownShare, bool unknownName, int unknownCount, int foreignTopics) =>
        [best.RankScore, best.Coverage, best.Cohesion, best.IntentFit - 0.5, best.PeriodFit, margin, unknownShare, best.SameLanguage ? 1 : 0, unknownName ? 1 : 0, best.KnownCoverage, Math.Min(3, unknownCount), Math.Min(2, foreignTopics), best.EngineAnswers ? 1 : 0,
            PredicateAbsent(best) ? 1 : 0, IntentAbsent(best) ? 1 : 0];

    /// <summary>The passage holds none of the question's predicate ("died" in "When did Stalin die?") in any form.</summary>
    public static bool PredicateAbsent(CandidateSignals best) => best.Predicate < 0.01;

    /// <summary>The question asks for a kind of fact (a date for "when", a number for "how many"…) that the passage nowhere has.</summary>
    public static bool IntentAbsent(CandidateSignals best) => best.IntentFit < 0.01;

    /// <summary>
    /// The question asks for a kind of fact a passage can be checked for — a date ("when"), a
    /// number ("how many"), a name the question does not give ("who", "where") — and the best
    /// passage has none anywhere: it cannot answer, whatever the fitted confidence says ("Kada mirė
    /// Stalinas?" against a paragraph that mentions his death without a date). A policy, not a
    /// fitted weight; "why" is left to the model, since a reason has no form that can be checked
    /// reliably (the causal words are a short list).
    /// </summary>
    public static bool FactAbsent(QuestionIntent intent, CandidateSignals best) =>
        intent is QuestionIntent.When or QuestionIntent.HowMany or QuestionIntent.Who or QuestionIntent.Where && IntentAbsent(best);

    /// <summary>
    /// A "when" question asks for the date of its event, and its event is a topic the sources never
    /// tell (<see cref="AnswerDecision.ForeignTopics"/>: no source holds the word, nor any synonym or
    /// translation of it — "invade" in "When did the Soviet Union invade Afghanistan?"; outside
    /// English, where the judge reads no parts of speech, any such predicate word): the sources
    /// cannot date it, however well a passage holds the question's names. A policy, not a fitted
    /// weight, like <see cref="FactAbsent"/>. Only for "when": a "why" or "who" question's verb is
    /// often a paraphrase of what a passage tells in other words ("Why were the Soviets upset…").
    /// </summary>
    public static bool UntoldEvent(QuestionIntent intent, bool eventIsForeignTopic) =>
        intent == QuestionIntent.When && eventIsForeignTopic;

    /// <summary>
    /// A "when" question whose best passage holds none of its predicate in any form (<see
    /// cref="PredicateAbsent"/>), and whose event is no beginning: a passage that names a body with a
    /// date often dates its coming into being in other words ("sign the Warsaw Pact" answers "when did
    /// the Warsaw Pact come into being?"), but never its end, a death or a visit it does not tell
    /// ("When was the Warsaw Pact dissolved?", "Kada mirė Andropovas?"). A policy, like <see cref="UntoldEvent"/>.
    /// So is a "why" question about an end (<paramref name="asksEnd"/>: "Why did the Warsaw Pact break up?",
    /// "Kodėl Albanija išstojo…") whose best passage holds none of its predicate: the sources tell no end of
    /// anything, and the reasons they give are for what they tell (a "why" question's verb is otherwise often a
    /// paraphrase, so other "why" questions are left to the model).
    /// <paramref name="eventUnheld"/> (the passage holds none of a predicate a source could say), the beginning and
    /// the end are asked in turn, and only of a "when" or a "why" question: they read WordNet and the lexicon.
    /// </summary>
    public static bool UnheldEvent(QuestionIntent intent, Func<bool> eventUnheld, Func<bool> asksBeginning, Func<bool> asksEnd) => intent switch
    {
        QuestionIntent.When => eventUnheld() && !asksBeginning(),
        QuestionIntent.Why => eventUnheld() && asksEnd(),
        _ => false,
    };

    public double RankScore(CandidateSignals signals) => Linear(Rank, RankFeatures, RankVector(signals));

    /// <summary>The decision's confidence from its features (<see cref="AbstainFeatures"/>, in that order).</summary>
    public double Confidence(double[] features) => 1 / (1 + Math.Exp(-Linear(Abstain, AbstainFeatures, features)));

    private static double Linear(Dictionary<string, double> weights, string[] names, double[] values)
    {
        var sum = weights.GetValueOrDefault("bias");
        for (var i = 0; i < names.Length; i++)
            sum += weights.GetValueOrDefault(names[i]) * values[i];
        return sum;
    }

    /// <summary>The model shipped in the assembly.</summary>
    public static AnswerModel LoadDefault()
    {
        var assembly = typeof(AnswerModel).Assembly;
        using var stream = assembly.GetManifestResourceStream("HistoryBot.Core.Answers.Judging.answer-model.json")
            ?? throw new InvalidOperationException("answer-model.json is not embedded in HistoryBot.Core");
        return JsonSerializer.Deserialize(stream, AnswerModelJsonContext.Default.AnswerModel)
            ?? throw new InvalidOperationException("answer-model.json is empty");
    }
}
