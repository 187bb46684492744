using HistoryBot.Core.Diagnostics;
using HistoryBot.Core.Feedback;

namespace HistoryBot.Core.Chat.Commands;

/// <summary>
/// The optional reason of a 👎 ("why:voteId" with the typed text as input). Only the voter may
/// give the reason of their own vote; an empty text gives none.
/// </summary>
public sealed class VoteReasonActions(IFeedbackStore feedback, BotMetrics metrics, TimeProvider time) : IChatActionHandler
{
    public const string ReasonPrefix = "why";

    public string Prefix => ReasonPrefix;

    public async Task<Reply> HandleAsync(ChatAction action, string payload, CancellationToken cancellationToken)
    {
        if (!long.TryParse(payload, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var voteId))
            return Reply.Error("That button no longer works. Please ask again.");
        // Given some other way (a modal, a prompt): the next message is a message again.
        await feedback.TakeExpectedReasonAsync(action.Platform, action.ChatId, action.UserId, time.GetUtcNow(), cancellationToken);
        if (string.IsNullOrWhiteSpace(action.Input))
            return Reply.Info("No reason given; your 👎 stays.") with { Private = true };
        if (!await feedback.SetReasonAsync(voteId, action.Platform, action.UserId, action.Input, cancellationToken))
            return Reply.Error("I can only note the reason of your own 👎, and only while it stands.");
        metrics.VoteReason(action.Platform);
        return Reply.Info(BotTexts.ReasonThanks) with { Private = true };
    }
}
