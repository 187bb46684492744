using System.Globalization;
using HistoryBot.Core.State;
using HistoryBot.Telegram.Api;
using Microsoft.Extensions.Options;

namespace HistoryBot.Telegram.State;

/// <summary>
/// The Telegram state in the bot's state database. Rows are keyed by the bot's id too, so two
/// bots sharing a data folder never mistake each other's update ids.
/// </summary>
internal sealed class SqliteTelegramStateStore : ITelegramStateStore
{
    private const string Received = "received";
    private const string Started = "started";
    private const string Done = "done";

    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE telegram_updates(
            bot_id INTEGER NOT NULL, update_id INTEGER NOT NULL, state TEXT NOT NULL, owner TEXT, payload TEXT,
            received_at TEXT NOT NULL, finished_at TEXT, PRIMARY KEY(bot_id, update_id));
        """,
        "CREATE INDEX telegram_updates_unfinished ON telegram_updates(bot_id, state, update_id)",
        """
        CREATE TABLE telegram_blocked_chats(
            bot_id INTEGER NOT NULL, chat_id INTEGER NOT NULL, blocked_at TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY(bot_id, chat_id));
        """,
    ];

    private readonly StateDatabase _database;
    private readonly TimeProvider _time;
    private readonly long _botId;

    // A fresh id per process: a claim by another owner that is not done was left by a crash.
    private readonly string _owner = Guid.NewGuid().ToString("N");

    public SqliteTelegramStateStore(StateDatabase database, IOptions<TelegramOptions> options, TimeProvider time)
    {
        _database = database;
        _time = time;
        _botId = TelegramToken.BotId(options.Value.Token.Trim());
        database.Migrate("telegram", Migrations);
    }

    public Task<bool> TryReceiveAsync(long updateId, string payload, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO telegram_updates(bot_id, update_id, state, payload, received_at) VALUES($bot, $update, $state, $payload, $now)
            ON CONFLICT(bot_id, update_id) DO NOTHING
            """;
        command.Parameters.AddWithValue("$bot", _botId);
        command.Parameters.AddWithValue("$update", updateId);
        command.Parameters.AddWithValue("$state", Received);
        command.Parameters.AddWithValue("$payload", payload);
        command.Parameters.AddWithValue("$now", Now());
        return Task.FromResult(command.ExecuteNonQuery() == 1);
    }

    public Task<IReadOnlyList<string>> UnfinishedAsync(CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT payload FROM telegram_updates
            WHERE bot_id = $bot AND state <> $done AND payload IS NOT NULL AND (owner IS NULL OR owner <> $owner)
            ORDER BY update_id
            """;
        command.Parameters.AddWithValue("$bot", _botId);
        command.Parameters.AddWithValue("$done", Done);
        command.Parameters.AddWithValue("$owner", _owner);
        using var reader = command.ExecuteReader();
        var payloads = new List<string>();
        while (reader.Read())
            payloads.Add(reader.GetString(0));
        return Task.FromResult<IReadOnlyList<string>>(payloads);
    }

    public Task<bool> TryBeginAsync(long updateId, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO telegram_updates(bot_id, update_id, state, owner, received_at) VALUES($bot, $update, $started, $owner, $now)
            ON CONFLICT(bot_id, update_id) DO UPDATE SET state = $started, owner = $owner
            WHERE telegram_updates.state <> $done AND (telegram_updates.owner IS NULL OR telegram_updates.owner <> $owner)
            """;
        command.Parameters.AddWithValue("$bot", _botId);
        command.Parameters.AddWithValue("$update", updateId);
        command.Parameters.AddWithValue("$started", Started);
        command.Parameters.AddWithValue("$done", Done);
        command.Parameters.AddWithValue("$owner", _owner);
        command.Parameters.AddWithValue("$now", Now());
        return Task.FromResult(command.ExecuteNonQuery() == 1);
    }

    public Task CompleteAsync(long updateId, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        // The payload is no longer needed once handled; keep only the id for duplicate checks.
        command.CommandText = "UPDATE telegram_updates SET state = $done, payload = NULL, finished_at = $now WHERE bot_id = $bot AND update_id = $update";
        command.Parameters.AddWithValue("$bot", _botId);
        command.Parameters.AddWithValue("$update", updateId);
        command.Parameters.AddWithValue("$done", Done);
        command.Parameters.AddWithValue("$now", Now());
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public Task<bool> IsBlockedAsync(long chatId, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM telegram_blocked_chats WHERE bot_id = $bot AND chat_id = $chat";
        command.Parameters.AddWithValue("$bot", _botId);
        command.Parameters.AddWithValue("$chat", chatId);
        return Task.FromResult(command.ExecuteScalar() is not null);
    }

    public Task BlockAsync(long chatId, string reason, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO telegram_blocked_chats(bot_id, chat_id, blocked_at, reason) VALUES($bot, $chat, $now, $reason)
            ON CONFLICT(bot_id, chat_id) DO UPDATE SET blocked_at = $now, reason = $reason
            """;
        command.Parameters.AddWithValue("$bot", _botId);
        command.Parameters.AddWithValue("$chat", chatId);
        command.Parameters.AddWithValue("$now", Now());
        command.Parameters.AddWithValue("$reason", reason);
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public Task<bool> UnblockAsync(long chatId, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM telegram_blocked_chats WHERE bot_id = $bot AND chat_id = $chat";
        command.Parameters.AddWithValue("$bot", _botId);
        command.Parameters.AddWithValue("$chat", chatId);
        return Task.FromResult(command.ExecuteNonQuery() > 0);
    }

    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM telegram_updates WHERE bot_id = $bot AND state = $done AND finished_at < $before";
        command.Parameters.AddWithValue("$bot", _botId);
        command.Parameters.AddWithValue("$done", Done);
        command.Parameters.AddWithValue("$before", Format(before));
        return Task.FromResult(command.ExecuteNonQuery());
    }

    private string Now() => Format(_time.GetUtcNow());

    // Fixed-width UTC timestamps compare correctly as text.
    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
