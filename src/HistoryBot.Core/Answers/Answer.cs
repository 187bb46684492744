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
    public bool IsFound => Status == AnswerStatus.Found && Best is not null;

    /// <summary>True when the question's language is known and only sources in other languages answer it.</summary>
    public bool OnlyInOtherLanguage =>
        IsFound && Text.Language.IsSupported(QuestionLanguage)
        && Best!.Citation.Language != QuestionLanguage
        && Alternatives.All(passage => passage.Citation.Language != QuestionLanguage);
}
