using HistoryBot.Core.Answers;
using HistoryBot.Core.State;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Chat.Commands;

/// <summary>/ask: answer a question from the sources. Plain text addressed to the bot comes here too.</summary>
public sealed class AskCommand(IQueryService queries, IQuestionStore questions, RateLimiter rateLimiter, IOptions<ChatOptions> options) : IChatCommand
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
        var question = arguments.Trim();
        if (question.Length == 0)
            return Reply.Error(BotTexts.EmptyQuestion);
        var max = options.Value.MaxQuestionLength;
        if (question.Length > max)
            return Reply.Error(BotTexts.TooLong(question.Length, max));
        if (!rateLimiter.TryAcquire(message.Platform, message.UserId, out var retryAfter))
            return new Reply { Kind = ReplyKind.RateLimited, Body = RichText.Plain(BotTexts.RateLimited((int)Math.Ceiling(retryAfter.TotalSeconds))), Private = true };

        var answer = await queries.AskAsync(question, message.LanguageHint, cancellationToken);
        var key = answer.IsFound ? await questions.RememberAsync(question, message.LanguageHint, cancellationToken) : "";
        return AnswerReplies.Render(answer, key);
    }
}
