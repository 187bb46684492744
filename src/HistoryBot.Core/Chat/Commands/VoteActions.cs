using HistoryBot.Core.Answers;
using HistoryBot.Core.Diagnostics;
using HistoryBot.Core.Feedback;
using HistoryBot.Core.State;

namespace HistoryBot.Core.Chat.Commands;

/// <summary>
/// 👍/👎 under an answer ("vote:key:page:u|d"). One vote per user per answer: pressing the other
/// one changes it, the same one again withdraws it. The answer is searched again to know which
/// paragraph the page shows, so a press counts against the presser's question limit like the
/// other buttons. A 👎 invites an optional reason.
/// </summary>
public sealed class VoteActions(IQueryService queries, IQuestionStore questions, IFeedbackStore feedback, RateLimiter rateLimiter, BotMetrics metrics, TimeProvider time) : IChatActionHandler
{
    /// <summary>How long a Telegram user's next message counts as the reason of their 👎.</summary>
    public static readonly TimeSpan ReasonWindow = TimeSpan.FromMinutes(2);

    public string Prefix => AnswerReplies.VotePrefix;

    public async Task<Reply> HandleAsync(ChatAction action, string payload, CancellationToken cancellationToken)
    {
        var parts = payload.Split(':');
        if (parts.Length != 3 || !int.TryParse(parts[1], out var page) || page < 0 || parts[2] is not (AnswerReplies.UpVote or AnswerReplies.DownVote))
            return Reply.Error("That button no longer works. Please ask again.");
        var direction = parts[2] == AnswerReplies.UpVote ? VoteDirection.Up : VoteDirection.Down;
        if (await questions.RecallAsync(parts[0], cancellationToken) is not { } stored)
            return Reply.Error("I no longer remember that question. Please ask it again.");
        if (!rateLimiter.TryAcquire(action.Platform, action.UserId, out var retryAfter))
            return RateLimiter.Notice(retryAfter);

        var answer = await queries.AskAsync(stored.Question, stored.Language, cancellationToken);
        if (AnswerReplies.PageOf(answer, page) is not { } passage)
            return Reply.Error("That answer is no longer in my sources (the library changed). Please ask again.");
        var vote = new FeedbackVote(action.Platform, action.ChatId, action.UserId,
            new AnswerRef(stored.Key, passage.Citation.SourceId, passage.Citation.ParagraphNumber),
            stored.Question, answer.QuestionLanguage, direction);
        var result = await feedback.CastAsync(vote, cancellationToken);
        metrics.Vote(action.Platform, direction, result.Outcome);

        var reply = AnswerReplies.Render(answer, stored.Key, page, result.Tally);
        if (direction == VoteDirection.Up || result.Outcome == VoteOutcome.Withdrawn)
            return reply;
        var data = $"{VoteReasonActions.ReasonPrefix}:{result.VoteId}";
        await feedback.ExpectReasonAsync(action.Platform, action.ChatId, action.UserId, data, time.GetUtcNow() + ReasonWindow, cancellationToken);
        return reply with
        {
            AskReason = new ReasonRequest(data, BotTexts.ReasonTitle, BotTexts.ReasonPrompt, BotTexts.ReasonFollowUp((int)ReasonWindow.TotalMinutes), SqlFeedbackStore.MaxReasonLength),
        };
    }
}
