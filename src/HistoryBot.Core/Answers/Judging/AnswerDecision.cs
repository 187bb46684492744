namespace HistoryBot.Core.Answers.Judging;

/// <summary>
/// The abstention decision and the signals it was made from: <see cref="Confidence"/> is the
/// fitted probability that the best passage answers; the question is answered when it reaches
/// <see cref="Threshold"/>. <see cref="Margin"/> is the best passage's rank score over the next
/// one's, <see cref="UnknownShare"/> the share of question words the index does not know.
/// </summary>
public sealed record AnswerDecision(
    bool Answer,
    double Confidence,
    double Threshold,
    double Margin,
    double UnknownShare,
    string Intent,
    string? Period,
    IReadOnlyList<WordMatch> Words,
    CandidateSignals? Best)
{
    /// <summary>Every paragraph the judge saw, in its order, with its signals.</summary>
    public IReadOnlyList<JudgedCandidate> Candidates { get; init; } = [];

    /// <summary>True when the question names someone or something (a capitalised word inside it) the index does not know.</summary>
    public bool UnknownName { get; init; }

    /// <summary>How many question words the index does not know (typos of known words excluded).</summary>
    public int UnknownCount { get; init; }

    /// <summary>How many of those are real English words (WordNet knows them) with no synonym in the index: topics the sources do not cover.</summary>
    public int ForeignTopics { get; init; }

    /// <summary>
    /// True when the question asks for a date, a number or a name and the best passage has none
    /// (<see cref="AnswerModel.FactAbsent"/>), or asks who was the first (second…) of something and the passage
    /// never says "first": then the question is not answered, whatever <see cref="Confidence"/>.
    /// </summary>
    public bool FactAbsent { get; init; }

    /// <summary>
    /// True when a "where" question's best passage names no place where something is or happens other than the question's
    /// own (<see cref="Text.Questions.AnswerShape.Places"/>): part of <see cref="FactAbsent"/>. A "not found" reply says so.
    /// </summary>
    public bool PlaceAbsent { get; init; }

    /// <summary>
    /// True when a question asks what a thing was called ("what was the 1953 speech called", "kaip vadinosi…") and the best
    /// passage's best sentence and the next give no name the question does not (<see cref="Text.Questions.AnswerShape.HasNewThingName"/>):
    /// part of <see cref="FactAbsent"/>. A "not found" reply says so.
    /// </summary>
    public bool NameAbsent { get; init; }

    /// <summary>
    /// True when a "when" question's event is a topic no source tells (<see cref="AnswerModel.UntoldEvent"/>):
    /// then the question is not answered, whatever <see cref="Confidence"/>.
    /// </summary>
    public bool UntoldEvent { get; init; }

    /// <summary>
    /// True when a "when" question's best passage holds none of its predicate and the event is no
    /// beginning, or a "why" question's none of an end (<see cref="AnswerModel.UnheldEvent"/>): then the question
    /// is not answered, whatever <see cref="Confidence"/>.
    /// </summary>
    public bool UnheldEvent { get; init; }

    /// <summary>
    /// What the fact check looked for in the best passage and found nowhere: the role asked about ("prime minister",
    /// "first secretary general") or else the ordinal ("first"), as the question writes them; empty otherwise. A
    /// "not found" reply names it.
    /// </summary>
    public IReadOnlyList<string> FactWordsMissing { get; init; } = [];

    /// <summary>
    /// The places of a "when" question, or of one naming its time, that the best passage names only in passing, in a list in a sentence with no date
    /// ("Vietnam, Afghanistan and others"): the passage's date is not theirs, and a "not found" reply says so.
    /// </summary>
    public IReadOnlyList<string> UndatedPlaces { get; init; } = [];

    /// <summary>
    /// The thing a "how many" question counts, as the question writes it ("Soviet troops"), when the best passage names it
    /// only once, in a sentence that counts nothing: it does not say how many, and a "not found" reply says so.
    /// </summary>
    public string? Uncounted { get; init; }

    /// <summary>
    /// The role a "who was…" question asks the holder of, as the question writes it without its owner ("secretary
    /// general"), when the best passage holds the role but never in a sentence with its owner (<see cref="RoleOwners"/>:
    /// "NATO" of "NATO's secretary general"): it tells of someone else's; a "not found" reply says so.
    /// </summary>
    public string? UnownedRole { get; init; }

    /// <summary>The names <see cref="UnownedRole"/> belongs to in the question ("NATO", "France"); empty otherwise.</summary>
    public IReadOnlyList<string> RoleOwners { get; init; } = [];

    /// <summary>The features the confidence was computed from (<see cref="AnswerModel.AbstainFeatures"/>, in that order), for `eval --signals` and refitting.</summary>
    public IReadOnlyList<double> Features { get; init; } = [];
}
