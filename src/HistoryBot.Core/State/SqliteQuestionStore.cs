using HistoryBot.Core.Text;

namespace HistoryBot.Core.State;

/// <summary>Questions in the state database, keyed by a hash of question and language.</summary>
public sealed class SqliteQuestionStore : IQuestionStore
{
    private static readonly string[] Migrations =
    [
        "CREATE TABLE questions(key TEXT PRIMARY KEY, question TEXT NOT NULL, language TEXT, created_at TEXT NOT NULL)",
    ];

    private readonly StateDatabase _database;
    private readonly TimeProvider _time;

    public SqliteQuestionStore(StateDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
        database.Migrate("questions", Migrations);
    }

    public Task<string> RememberAsync(string question, string? language, CancellationToken cancellationToken = default)
    {
        var key = KeyOf(question, language);
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO questions(key, question, language, created_at) VALUES($key, $question, $language, $at)";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$question", question);
        command.Parameters.AddWithValue("$language", (object?)language ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", _time.GetUtcNow().ToString("O"));
        command.ExecuteNonQuery();
        return Task.FromResult(key);
    }

    public Task<StoredQuestion?> RecallAsync(string key, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT question, language FROM questions WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        using var reader = command.ExecuteReader();
        return Task.FromResult(reader.Read()
            ? new StoredQuestion(key, reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1))
            : null);
    }

    internal static string KeyOf(string question, string? language) => ShortKey.Of((language ?? "") + "\n" + question);
}
