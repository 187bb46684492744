namespace HistoryBot.Core.Chat;

public enum DeliveryResult
{
    Sent,

    /// <summary>The bot was removed or blocked there: stop sending to that chat.</summary>
    Forbidden,

    /// <summary>A failure that may pass (network, 5xx after retries).</summary>
    Failed,
}
