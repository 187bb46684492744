namespace HistoryBot.Core.State;

/// <summary>Leases in the state database: taking or renewing one is one conditional upsert, atomic in both providers.</summary>
public sealed class SqlLeaseStore(IStateDatabase database, TimeProvider time) : ILeaseStore
{
    public async Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return await database.ExecuteAsync("""
            INSERT INTO leases(name, owner, until_ms, since_ms) VALUES(@name, @owner, @until, @now)
            ON CONFLICT(name) DO UPDATE SET
                since_ms = CASE WHEN leases.owner = excluded.owner THEN leases.since_ms ELSE excluded.since_ms END,
                owner = excluded.owner, until_ms = excluded.until_ms
            WHERE leases.owner = excluded.owner OR leases.until_ms <= @now
            """,
            [("name", name), ("owner", owner), ("until", now + (long)duration.TotalMilliseconds), ("now", now)], cancellationToken) == 1;
    }

    public Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("DELETE FROM leases WHERE name = @name AND owner = @owner", [("name", name), ("owner", owner)], cancellationToken);

    public async Task<(string Owner, DateTimeOffset Until)?> HolderAsync(string name, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync("SELECT owner, until_ms FROM leases WHERE name = @name AND until_ms > @now",
            [("name", name), ("now", time.GetUtcNow().ToUnixTimeMilliseconds())],
            reader => (reader.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.Long(1))), cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }
}
