namespace HistoryBot.Core.Facts;

/// <summary>Daily-fact subscriptions, one per (platform, chat), in the state store.</summary>
public interface ISubscriptionStore
{
    /// <summary>Creates or replaces the chat's subscription.</summary>
    Task SaveAsync(Subscription subscription, CancellationToken cancellationToken = default);

    Task<Subscription?> GetAsync(ChannelKey channel, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Subscription>> ActiveAsync(CancellationToken cancellationToken = default);

    /// <summary>Stops posting to a chat, keeping its settings; false when it was not active.</summary>
    Task<bool> DeactivateAsync(ChannelKey channel, string reason, CancellationToken cancellationToken = default);
}
