using System.Globalization;
using HistoryBot.Core.Chat;

namespace HistoryBot.Core.State;

/// <summary>The audit log in the state database.</summary>
public sealed class SqliteAuditLog : IAuditLog
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE audit(
            id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, platform TEXT NOT NULL, chat_id TEXT NOT NULL,
            user_id TEXT NOT NULL, user_name TEXT NOT NULL, action TEXT NOT NULL, result TEXT NOT NULL);
        """,
    ];

    private readonly StateDatabase _database;

    public SqliteAuditLog(StateDatabase database)
    {
        _database = database;
        database.Migrate("audit", Migrations);
    }

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO audit(at, platform, chat_id, user_id, user_name, action, result)
            VALUES($at, $platform, $chat, $user, $name, $action, $result)
            """;
        command.Parameters.AddWithValue("$at", entry.At.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$platform", entry.Platform.ToString());
        command.Parameters.AddWithValue("$chat", entry.ChatId.Value);
        command.Parameters.AddWithValue("$user", entry.UserId.Value);
        command.Parameters.AddWithValue("$name", entry.UserName);
        command.Parameters.AddWithValue("$action", entry.Action);
        command.Parameters.AddWithValue("$result", entry.Result);
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> RecentAsync(int count, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT at, platform, chat_id, user_id, user_name, action, result FROM audit ORDER BY id DESC LIMIT $count";
        command.Parameters.AddWithValue("$count", count);
        using var reader = command.ExecuteReader();
        var entries = new List<AuditEntry>();
        while (reader.Read())
        {
            entries.Add(new AuditEntry(
                DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
                Enum.Parse<Platform>(reader.GetString(1)),
                new ChatId(reader.GetString(2)),
                new UserId(reader.GetString(3)),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6)));
        }
        return Task.FromResult<IReadOnlyList<AuditEntry>>(entries);
    }
}
