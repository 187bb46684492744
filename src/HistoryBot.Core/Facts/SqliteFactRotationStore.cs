using HistoryBot.Core.State;

namespace HistoryBot.Core.Facts;

/// <summary>Rotation cycles in the state database.</summary>
public sealed class SqliteFactRotationStore : IFactRotationStore
{
    private readonly StateDatabase _database;
    private readonly TimeProvider _time;

    public SqliteFactRotationStore(StateDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
        database.Migrate(FactsSchema.Area, FactsSchema.Migrations);
    }

    public async Task<int> CurrentCycleAsync(ChannelKey channel, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT cycle FROM fact_rotations WHERE platform = $platform AND chat_id = $chat";
        command.Parameters.AddWithValue("$platform", channel.Platform.ToString());
        command.Parameters.AddWithValue("$chat", channel.ChatId.Value);
        return await command.ExecuteScalarAsync(cancellationToken) is long cycle ? (int)cycle : 1;
    }

    public async Task<int> StartNextCycleAsync(ChannelKey channel, int completedCycle, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // Only the first of several processes finishing the same cycle moves it on.
        command.CommandText = """
            INSERT INTO fact_rotations(platform, chat_id, cycle, started_ms) VALUES($platform, $chat, $next, $now)
            ON CONFLICT(platform, chat_id) DO UPDATE SET cycle = excluded.cycle, started_ms = excluded.started_ms
            WHERE fact_rotations.cycle = $completed;
            SELECT cycle FROM fact_rotations WHERE platform = $platform AND chat_id = $chat;
            """;
        command.Parameters.AddWithValue("$platform", channel.Platform.ToString());
        command.Parameters.AddWithValue("$chat", channel.ChatId.Value);
        command.Parameters.AddWithValue("$next", completedCycle + 1);
        command.Parameters.AddWithValue("$completed", completedCycle);
        command.Parameters.AddWithValue("$now", _time.GetUtcNow().ToUnixTimeMilliseconds());
        var current = (int)(long)(await command.ExecuteScalarAsync(cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        return current;
    }
}
