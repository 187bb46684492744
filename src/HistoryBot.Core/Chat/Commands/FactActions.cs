using HistoryBot.Core.Answers;
using HistoryBot.Core.Facts;
using HistoryBot.Core.State;

namespace HistoryBot.Core.Chat.Commands;

/// <summary>"Tell me more" under a fact: asks the query service about the fact's sentence (and counts as a question).</summary>
public sealed class FactActions(FactCatalog catalog, IQueryService queries, IQuestionStore questions, RateLimiter rateLimiter) : IChatActionHandler
{
    public string Prefix => FactReplies.MorePrefix;

    public async Task<Reply> HandleAsync(ChatAction action, string payload, CancellationToken cancellationToken)
    {
        if (!FactId.IsWellFormed(payload))
            return Reply.Error("That button no longer works. Try /fact for another fact.");
        var facts = await catalog.CurrentAsync(cancellationToken);
        if (facts.Find(new FactId(payload)) is not { } fact)
            return Reply.Error("That fact is no longer in my sources (the library changed). Try /fact for another.");
        if (!rateLimiter.TryAcquire(action.Platform, action.UserId, out var retryAfter))
            return RateLimiter.Notice(retryAfter);

        var answer = await queries.AskAsync(fact.Sentence, fact.Language, cancellationToken);
        // Remembered so the answer's own buttons (more results, source, languages) work too.
        var key = answer.IsFound ? await questions.RememberAsync(fact.Sentence, fact.Language, cancellationToken) : "";
        return AnswerReplies.Render(answer, key);
    }
}
