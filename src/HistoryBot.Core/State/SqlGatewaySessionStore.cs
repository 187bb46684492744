using System.Globalization;

namespace HistoryBot.Core.State;

/// <summary>Discord gateway sessions in the state database, one row per (shard, shard count).</summary>
public sealed class SqlGatewaySessionStore(IStateDatabase database, TimeProvider time) : IGatewaySessionStore
{
    public async Task<GatewaySession?> LoadAsync(int shardId, int shardCount, TimeSpan maxAge, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync(
            "SELECT session_id, resume_url, seq, saved_at FROM discord_sessions WHERE shard_id = @id AND shard_count = @count",
            [("id", (long)shardId), ("count", (long)shardCount)],
            reader => (Session: new GatewaySession(reader.GetString(0), reader.GetString(1), (int?)reader.NullableLong(2)),
                SavedAt: DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture)),
            cancellationToken);
        return rows is [var row] && time.GetUtcNow() - row.SavedAt <= maxAge ? row.Session : null;
    }

    public Task SaveAsync(int shardId, int shardCount, GatewaySession session, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("""
            INSERT INTO discord_sessions(shard_id, shard_count, session_id, resume_url, seq, saved_at) VALUES(@id, @count, @session, @url, @seq, @at)
            ON CONFLICT(shard_id, shard_count) DO UPDATE SET session_id = excluded.session_id, resume_url = excluded.resume_url,
                seq = excluded.seq, saved_at = excluded.saved_at
            """,
            [
                ("id", (long)shardId), ("count", (long)shardCount), ("session", session.SessionId), ("url", session.ResumeUrl),
                ("seq", (long?)session.Sequence), ("at", Sql.Text(time.GetUtcNow())),
            ],
            cancellationToken);

    public Task ClearAsync(int shardId, int shardCount, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("DELETE FROM discord_sessions WHERE shard_id = @id AND shard_count = @count",
            [("id", (long)shardId), ("count", (long)shardCount)], cancellationToken);
}
