namespace HistoryBot.Core.State;

/// <summary>
/// What the Telegram adapter must remember across restarts: which updates were handled (so a
/// redelivered update is not answered twice), webhook updates accepted but not yet handled (so a
/// crash loses none), and chats that forbid the bot to post.
/// </summary>
public interface ITelegramStateStore
{
    /// <summary>
    /// Records a webhook update before Telegram gets its 200, so a crash cannot lose it. False
    /// when the update id is known already (Telegram sent it again).
    /// </summary>
    Task<bool> TryReceiveAsync(long updateId, string payload, CancellationToken cancellationToken = default);

    /// <summary>Payloads of received updates not handled yet, oldest first: left over by a crash or a shutdown.</summary>
    Task<IReadOnlyList<string>> UnfinishedAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims an update for this process. False when it was handled already, or this process or
    /// another live one is handling it; an unfinished claim that another process left behind (it
    /// died) is taken over after a minute.
    /// </summary>
    Task<bool> TryBeginAsync(long updateId, CancellationToken cancellationToken = default);

    Task CompleteAsync(long updateId, CancellationToken cancellationToken = default);

    /// <summary>Gives back a claim this process could not finish (it is stopping), so the next process handles the update at once.</summary>
    Task AbandonAsync(long updateId, CancellationToken cancellationToken = default);

    Task<bool> IsBlockedAsync(long chatId, CancellationToken cancellationToken = default);

    Task BlockAsync(long chatId, string reason, CancellationToken cancellationToken = default);

    /// <summary>True when the chat was blocked.</summary>
    Task<bool> UnblockAsync(long chatId, CancellationToken cancellationToken = default);

    /// <summary>Forgets updates handled before <paramref name="before"/> (Telegram keeps updates for 24 hours at most).</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
