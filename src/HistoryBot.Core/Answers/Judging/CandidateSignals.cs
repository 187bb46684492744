namespace HistoryBot.Core.Answers.Judging;

/// <summary>
/// What the judge measured of one ranked passage. All in 0–1 unless said otherwise.
/// <see cref="Coverage"/>: share of the question's weight the passage holds (a match counts by
/// its kind); <see cref="Cohesion"/>: the same for its best sentence alone; <see cref="EngineScore"/>:
/// the search engine's score over the best one's; <see cref="IntentFit"/>: whether the best
/// sentence has the shape the question asks for (a date for "when"…; 0.5 without intent);
/// <see cref="PeriodFit"/>: 1 when it names a year in the question's period, -1 when it names
/// only others, 0 otherwise; <see cref="SameLanguage"/>, <see cref="IsTranslation"/>: the
/// passage's language is the asker's; its source is a translation of another;
/// <see cref="KnownCoverage"/>: the share of the weight of the words the index knows that the
/// passage holds in some form (a typo, synonym or translation counting fully).
/// </summary>
public sealed record CandidateSignals(
    double Coverage,
    double Cohesion,
    double EngineScore,
    double IntentFit,
    double PeriodFit,
    bool SameLanguage,
    bool IsTranslation,
    int BestSentence,
    double KnownCoverage,
    bool EngineAnswers = false)
{
    /// <summary>The judge's ranking score (log-odds that this passage answers).</summary>
    public double RankScore { get; init; }

    /// <summary>
    /// The share of the question's predicate (its words that are not names nor the library's
    /// topic: "died", "founded") the passage holds in some form; 1 when the question has none.
    /// </summary>
    public double Predicate { get; init; } = 1;

    /// <summary>The strength of the predicate words the passage does not hold (a known word counts 1, an unknown one less).</summary>
    public double PredicateMissing { get; init; }

    /// <summary><see cref="Predicate"/> in the passage's best sentence alone.</summary>
    public double PredicateSentence { get; init; } = 1;

    /// <summary>
    /// Whether one sentence holds the asked-for fact: the best over the passage's sentences of
    /// the predicate share it holds times its fit to the question's intent (a date for "when").
    /// </summary>
    public double Fact { get; init; } = 1;

    /// <summary>
    /// For a question that asks for a date ("when", "what year"): whether one sentence
    /// holds the question's event (its first predicate word: "reject" in "When did the West reject
    /// the Soviet request?") together with the asked-for fact, weighted by how much of the question
    /// that sentence holds: the best over the passage's sentences of the event word's level times
    /// the sentence's intent fit times its share of the question's weight. 0 for other questions
    /// and for a question without a predicate.
    /// </summary>
    public double EventFact { get; init; }

    /// <summary>
    /// How well the passage holds the question's event (its first predicate word) in its best
    /// sentence for it: the event word's level (a typo or better counts 1); 1 for a question without a predicate.
    /// </summary>
    public double EventHeld { get; init; } = 1;

    /// <summary>
    /// Whether the asked-for kind of fact (a date for "when", a number for "how many", a new name
    /// for "who" and "where", a reason for "why") stands in a sentence that holds the question's
    /// event: the best over the passage's sentences of the event word's level times the sentence's
    /// intent fit; 1 for a question without intent or without a predicate.
    /// </summary>
    public double EventIntent { get; init; } = 1;

    /// <summary>How many of the question's names and numbers ("Reagan", "1964") the passage holds in no form.</summary>
    public int NamesMissing { get; init; }
}
