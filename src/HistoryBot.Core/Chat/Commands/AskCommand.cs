using HistoryBot.Core.Answers;
using HistoryBot.Core.Diagnostics;
using HistoryBot.Core.State;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Chat.Commands;

/// <summary>/ask: answer a question from the sources. Plain text addressed to the bot comes here too.</summary>
public sealed class AskCommand(IQueryService queries, IQuestionStore questions, RateLimiter rateLimiter, IOptions<ChatOptions> options, BotMetrics metrics, TimeProvider time,
    Feedback.IFeedbackStore feedback, Gaps.IGapStore gaps) : IChatCommand
{
    public CommandInfo Info { get; } = new(
        "ask",
        ChatRole.Member,
        "Ask a history question",
        new Dictionary<string, string>
        {
            ["lt"] = "Užduokite istorijos klausimą",
            ["ro"] = "Puneți o întrebare de istorie",
            ["tl"] = "Magtanong tungkol sa kasaysayan",
        },
        ArgumentName: "question",
        ArgumentDescription: "Your question, in English, Lithuanian, Romanian or Tagalog",
        ArgumentRequired: true);

    public async Task<Reply> ExecuteAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var question = arguments.Trim();
        // A plain message nobody addressed to the bot (a chat where every message is a question)
        // is not answered with an error, a notice or "not found" unless it is worded as a question.
        var quiet = message.Unaddressed;
        if (question.Length == 0)
            return Done(QuestionOutcome.Refused, quiet ? Reply.Nothing : Reply.Error(BotTexts.EmptyQuestion));
        var max = options.Value.MaxQuestionLength;
        if (question.Length > max)
            return Done(QuestionOutcome.Refused, quiet ? Reply.Nothing : Reply.Error(BotTexts.TooLong(question.Length, max)));
        if (!rateLimiter.TryAcquire(message.Platform, message.UserId, out var retryAfter))
            return Done(QuestionOutcome.RateLimited, quiet ? Reply.Nothing : RateLimiter.Notice(retryAfter));

        try
        {
            var answer = await queries.AskAsync(question, message.LanguageHint, cancellationToken);
            if (quiet && !answer.IsFound && !IsWordedAsQuestion(question))
                return Done(QuestionOutcome.NotFound, Reply.Nothing);
            // Remembered for the buttons: an answer's, or a "not found"'s closest passage.
            var key = answer.IsFound || AnswerReplies.OffersClosest(answer) ? await questions.RememberAsync(question, message.LanguageHint, cancellationToken) : "";
            // "Not found" is a fact worth reporting (/gaps); a question without searchable words is not a gap.
            if (!answer.IsFound && answer.Reason != NotFoundReason.NoSearchableWords)
                await gaps.RecordUnansweredAsync(message.Platform, message.ChatId, question, answer.QuestionLanguage, cancellationToken);
            // Asked before: the answer shows the votes it has.
            var votes = answer.IsFound
                ? await feedback.TallyAsync(new Feedback.AnswerRef(key, answer.Best!.Citation.SourceId, answer.Best.Citation.ParagraphNumber), cancellationToken)
                : default;
            return Done(answer.IsFound ? QuestionOutcome.Found : QuestionOutcome.NotFound, AnswerReplies.Render(answer, key, votes: votes));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            metrics.Question(message.Platform, QuestionOutcome.Error, time.GetElapsedTime(started));
            throw;
        }

        Reply Done(QuestionOutcome outcome, Reply reply)
        {
            metrics.Question(message.Platform, outcome, time.GetElapsedTime(started));
            return reply;
        }
    }

    /// <summary>
    /// A question mark, a question word that asks for something ("when", "kada", "cine",
    /// "bakit", misspelt ones too) or a message opening as a question does ("what…", "did…",
    /// "ar…", "cum…", "paano…"): what small talk ("ok thanks", "see you tomorrow") lacks.
    /// </summary>
    public static bool IsWordedAsQuestion(string text) =>
        text.Contains('?') || text.Contains('¿') || Text.Questions.QuestionReader.OpensAsQuestion(text);
}
