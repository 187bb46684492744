namespace HistoryBot.Telegram;

/// <summary>How Telegram delivers updates to the bot; only one can be active for a bot at a time.</summary>
public enum TelegramMode
{
    /// <summary>The bot asks for updates (GetUpdates long polling): works behind NAT, one process per bot.</summary>
    Polling,

    /// <summary>Telegram posts updates to a public HTTPS address: scales out behind a load balancer.</summary>
    Webhook,
}
