using HistoryBot.Core.Answers;
using HistoryBot.Core.State;

namespace HistoryBot.Core.Chat.Commands;

/// <summary>
/// The buttons under an answer: more results, the source paragraph, other languages; under a "not
/// found", the closest passage. Each press
/// runs a search, so it counts against the presser's question limit like a question.
/// </summary>
public sealed class AnswerActions(IQueryService queries, IQuestionStore questions, RateLimiter rateLimiter, string prefix, Feedback.IFeedbackStore? feedback = null) : IChatActionHandler
{
    public string Prefix { get; } = prefix;

    /// <summary>The button prefixes this handler serves, one instance each.</summary>
    public static IReadOnlyList<string> Prefixes { get; } = [AnswerReplies.MorePrefix, AnswerReplies.SourcePrefix, AnswerReplies.LanguagesPrefix, AnswerReplies.ClosestPrefix];

    public async Task<Reply> HandleAsync(ChatAction action, string payload, CancellationToken cancellationToken)
    {
        var parts = payload.Split(':');
        var page = parts.Length > 1 && int.TryParse(parts[1], out var number) && number >= 0 ? number : 0;
        if (await questions.RecallAsync(parts[0], cancellationToken) is not { } stored)
            return Reply.Error("I no longer remember that question. Please ask it again.");
        if (!rateLimiter.TryAcquire(action.Platform, action.UserId, out var retryAfter))
            return RateLimiter.Notice(retryAfter);
        var answer = await queries.AskAsync(stored.Question, stored.Language, cancellationToken);
        return Prefix switch
        {
            AnswerReplies.SourcePrefix => AnswerReplies.RenderSource(answer, stored.Key, page),
            AnswerReplies.LanguagesPrefix => AnswerReplies.RenderOtherLanguages(answer, stored.Key),
            AnswerReplies.ClosestPrefix => AnswerReplies.RenderClosest(answer, stored.Key),
            _ => AnswerReplies.Render(answer, stored.Key, page, await VotesAsync(answer, stored.Key, page, cancellationToken)),
        };
    }

    private async Task<Feedback.VoteTally> VotesAsync(Answer answer, string key, int page, CancellationToken cancellationToken) =>
        feedback is not null && AnswerReplies.PageOf(answer, page) is { } passage
            ? await feedback.TallyAsync(new Feedback.AnswerRef(key, passage.Citation.SourceId, passage.Citation.ParagraphNumber), cancellationToken)
            : default;
}
