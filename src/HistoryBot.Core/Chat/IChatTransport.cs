namespace HistoryBot.Core.Chat;

/// <summary>Sends a message the bot starts itself (a daily fact) to a chat on one platform.</summary>
public interface IChatTransport
{
    Platform Platform { get; }

    Task<DeliveryResult> SendAsync(ChatId chat, Reply reply, CancellationToken cancellationToken = default);
}
