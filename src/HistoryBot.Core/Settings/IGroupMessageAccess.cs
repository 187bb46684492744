using HistoryBot.Core.Chat;

namespace HistoryBot.Core.Settings;

/// <summary>
/// Whether a platform delivers the plain messages of group chats to the bot at all (Telegram's
/// privacy mode, Discord's Message Content intent), so /settings can say what the operator must
/// change before "questions all" works. Registered by each adapter.
/// </summary>
public interface IGroupMessageAccess
{
    Platform Platform { get; }

    /// <summary>Null when plain messages of this group chat reach the bot; else what to change so they do.</summary>
    Task<string?> LimitationAsync(ChatId chat, CancellationToken cancellationToken = default);
}
