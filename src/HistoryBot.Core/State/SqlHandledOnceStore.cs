namespace HistoryBot.Core.State;

/// <summary>
/// The handled-once table, keyed by (platform, id). A claim is one conditional upsert, atomic in
/// both providers, so two replicas (or a replay racing the original) never both win.
/// </summary>
public sealed class SqlHandledOnceStore(IStateDatabase database, TimeProvider time) : IHandledOnceStore
{
    // A fresh id per process: an unfinished claim by another owner belongs to another (perhaps dead) process.
    private readonly string _owner = Guid.NewGuid().ToString("N");

    public async Task<bool> TryClaimAsync(HandledKey key, TimeSpan? takeOverAfter, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var leaseUntil = takeOverAfter is { } lease ? (now + lease).ToUnixTimeMilliseconds() : long.MaxValue;
        return await database.ExecuteAsync("""
            INSERT INTO handled_once(platform, id, state, owner, lease_until_ms, at) VALUES(@platform, @id, 'claimed', @owner, @lease, @at)
            ON CONFLICT(platform, id) DO UPDATE SET owner = excluded.owner, lease_until_ms = excluded.lease_until_ms, at = excluded.at
            WHERE handled_once.state = 'claimed' AND handled_once.owner <> excluded.owner AND handled_once.lease_until_ms <= @now
            """,
            [
                ("platform", key.Platform.ToString()), ("id", key.Id), ("owner", _owner), ("lease", leaseUntil),
                ("at", Sql.Text(now)), ("now", now.ToUnixTimeMilliseconds()),
            ],
            cancellationToken) == 1;
    }

    public Task CompleteAsync(HandledKey key, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("UPDATE handled_once SET state = 'done', at = @at WHERE platform = @platform AND id = @id",
            [("platform", key.Platform.ToString()), ("id", key.Id), ("at", Sql.Text(time.GetUtcNow()))], cancellationToken);

    public Task ReleaseAsync(HandledKey key, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("DELETE FROM handled_once WHERE platform = @platform AND id = @id",
            [("platform", key.Platform.ToString()), ("id", key.Id)], cancellationToken);

    public Task<int> PurgeAsync(DateTimeOffset before, Chat.Platform? platform = null, CancellationToken cancellationToken = default) =>
        platform is { } only
            ? database.ExecuteAsync("DELETE FROM handled_once WHERE platform = @platform AND at < @before",
                [("platform", only.ToString()), ("before", Sql.Text(before))], cancellationToken)
            : database.ExecuteAsync("DELETE FROM handled_once WHERE at < @before", [("before", Sql.Text(before))], cancellationToken);

    /// <summary>This process's owner id (the Telegram inbox leaves this process's own claims alone).</summary>
    internal string Owner => _owner;
}
