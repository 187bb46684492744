using HistoryBot.Discord.Gateway;

namespace HistoryBot.Discord.State;

/// <summary>
/// The gateway session of each shard, kept so a restarted process can resume where the old
/// one stopped (Discord then replays what it missed) instead of losing those events.
/// </summary>
internal interface IGatewaySessionStore
{
    Task<GatewaySession?> LoadAsync(ShardInfo shard, TimeSpan maxAge, CancellationToken cancellationToken = default);

    Task SaveAsync(ShardInfo shard, GatewaySession session, CancellationToken cancellationToken = default);

    Task ClearAsync(ShardInfo shard, CancellationToken cancellationToken = default);
}
