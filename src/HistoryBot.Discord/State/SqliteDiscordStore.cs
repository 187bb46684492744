using System.Globalization;
using HistoryBot.Core.State;
using HistoryBot.Discord.Gateway;

namespace HistoryBot.Discord.State;

/// <summary>Handled ids and gateway sessions in the bot's state database (area "discord").</summary>
internal sealed class SqliteDiscordStore : IHandledEventStore, IGatewaySessionStore
{
    private static readonly string[] Migrations =
    [
        "CREATE TABLE discord_handled(id TEXT PRIMARY KEY, handled_at TEXT NOT NULL)",
        """
        CREATE TABLE discord_sessions(shard_id INTEGER NOT NULL, shard_count INTEGER NOT NULL, session_id TEXT NOT NULL,
            resume_url TEXT NOT NULL, seq INTEGER, saved_at TEXT NOT NULL, PRIMARY KEY(shard_id, shard_count))
        """,
    ];

    private readonly StateDatabase _database;
    private readonly TimeProvider _time;

    public SqliteDiscordStore(StateDatabase database, TimeProvider time, DiscordTimings timings)
    {
        _database = database;
        _time = time;
        database.Migrate("discord", Migrations);
        Prune(timings.HandledRetention);
    }

    public Task<bool> TryClaimAsync(Snowflake id, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        // INSERT OR IGNORE is atomic, so two replicas (or a replay racing the original) cannot both win.
        command.CommandText = "INSERT OR IGNORE INTO discord_handled(id, handled_at) VALUES($id, $at)";
        command.Parameters.AddWithValue("$id", id.ToString());
        command.Parameters.AddWithValue("$at", Now());
        return Task.FromResult(command.ExecuteNonQuery() == 1);
    }

    public Task ReleaseAsync(Snowflake id, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM discord_handled WHERE id = $id";
        command.Parameters.AddWithValue("$id", id.ToString());
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public Task<GatewaySession?> LoadAsync(ShardInfo shard, TimeSpan maxAge, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT session_id, resume_url, seq, saved_at FROM discord_sessions WHERE shard_id = $id AND shard_count = $count";
        command.Parameters.AddWithValue("$id", shard.Id);
        command.Parameters.AddWithValue("$count", shard.Count);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            return Task.FromResult<GatewaySession?>(null);
        var savedAt = DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture);
        if (_time.GetUtcNow() - savedAt > maxAge)
            return Task.FromResult<GatewaySession?>(null);
        return Task.FromResult<GatewaySession?>(new GatewaySession(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2)));
    }

    public Task SaveAsync(ShardInfo shard, GatewaySession session, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO discord_sessions(shard_id, shard_count, session_id, resume_url, seq, saved_at) VALUES($id, $count, $session, $url, $seq, $at)
            ON CONFLICT(shard_id, shard_count) DO UPDATE SET session_id = excluded.session_id, resume_url = excluded.resume_url, seq = excluded.seq, saved_at = excluded.saved_at
            """;
        command.Parameters.AddWithValue("$id", shard.Id);
        command.Parameters.AddWithValue("$count", shard.Count);
        command.Parameters.AddWithValue("$session", session.SessionId);
        command.Parameters.AddWithValue("$url", session.ResumeUrl);
        command.Parameters.AddWithValue("$seq", (object?)session.Sequence ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", Now());
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public Task ClearAsync(ShardInfo shard, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM discord_sessions WHERE shard_id = $id AND shard_count = $count";
        command.Parameters.AddWithValue("$id", shard.Id);
        command.Parameters.AddWithValue("$count", shard.Count);
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    private void Prune(TimeSpan retention)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM discord_handled WHERE handled_at < $before";
        command.Parameters.AddWithValue("$before", (_time.GetUtcNow() - retention).ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    private string Now() => _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
