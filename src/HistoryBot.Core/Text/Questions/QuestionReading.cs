namespace HistoryBot.Core.Text.Questions;

/// <summary>
/// What a question asks for besides its words: the kind of answer (<see cref="Intent"/>), the
/// period it is about, if it names one, and which of its words only say so ("when", "in the
/// 1980s", "under") and so are no search words.
/// </summary>
public sealed record QuestionReading(QuestionIntent Intent, YearRange? Period, IReadOnlySet<string> FramingWords)
{
    /// <summary>
    /// The question asks what a thing was called ("what was the 1953 speech called", "kaip vadinosi…", "cum se numea…",
    /// "ano ang pangalan ng…"), not what someone called something ("what did Reagan call the USSR"): its answer is a name.
    /// </summary>
    public bool AsksThingName { get; init; }

    /// <summary>The question asks which countries ("which countries were in SEATO", "ce țări", "kokios šalys", "anong mga bansa"): its answer names countries.</summary>
    public bool AsksCountries { get; init; }

    /// <summary>
    /// The question asks who acted for a side ("who signed it on behalf of the Americans", "cine a semnat din partea
    /// iugoslaviei", "kas iš britų pusės pasirašė", "sino sa panig ng Britain", "who represented the USSR"): its answer is a
    /// person, not the side.
    /// </summary>
    public bool AsksRepresentative { get; init; }

    /// <summary>
    /// What a "how many" question counts, folded ("soldiers" in "how many soldiers did the Warsaw Pact have"): a passage that
    /// never names it counts something else. Null for another intent, a count of countries, or none.
    /// </summary>
    public string? CountedWord { get; init; }
}
