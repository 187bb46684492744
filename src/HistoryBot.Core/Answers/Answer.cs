namespace HistoryBot.Core.Answers;

/// <summary>
/// The query service's reply to a question. When found: the best passage and up to four
/// alternatives. <see cref="Results"/> holds every ranked paragraph, also for NotFound,
/// so near misses can be studied.
/// </summary>
public sealed record Answer(
    AnswerStatus Status,
    string Question,
    string QuestionLanguage,
    Passage? Best,
    IReadOnlyList<Passage> Alternatives,
    IReadOnlyList<Passage> Results,
    NotFoundReason Reason = NotFoundReason.None)
{
    /// <summary>How the question was analysed (terms, weights, language): for `ask --json` and eval studies.</summary>
    public Search.SearchQuery? Query { get; init; }

    /// <summary>How each question word matched and the signals the answer-or-abstain decision was made from.</summary>
    public Judging.AnswerDecision? Decision { get; init; }

    public bool IsFound => Status == AnswerStatus.Found && Best is not null;

    /// <summary>
    /// True when the question's language is known and the answer comes from a source in
    /// another language. Passages in the asker's language are preferred when they answer as
    /// well, so this means no source in the asker's language answers as well.
    /// </summary>
    public bool OnlyInOtherLanguage =>
        IsFound && Text.Language.IsSupported(QuestionLanguage) && Best!.Citation.Language != QuestionLanguage;
}
