namespace HistoryBot.Core.State;

/// <summary>
/// The Discord gateway session of each shard, kept so a restarted process can resume where the
/// old one stopped (Discord then replays what it missed) instead of losing those events.
/// </summary>
public interface IGatewaySessionStore
{
    Task<GatewaySession?> LoadAsync(int shardId, int shardCount, TimeSpan maxAge, CancellationToken cancellationToken = default);

    Task SaveAsync(int shardId, int shardCount, GatewaySession session, CancellationToken cancellationToken = default);

    Task ClearAsync(int shardId, int shardCount, CancellationToken cancellationToken = default);
}
