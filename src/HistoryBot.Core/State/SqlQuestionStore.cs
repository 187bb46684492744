using HistoryBot.Core.Text;

namespace HistoryBot.Core.State;

/// <summary>Questions in the state database, keyed by a hash of question and language.</summary>
public sealed class SqlQuestionStore(IStateDatabase database, TimeProvider time) : IQuestionStore
{
    public async Task<string> RememberAsync(string question, string? language, CancellationToken cancellationToken = default)
    {
        var key = KeyOf(question, language);
        // Asking again refreshes the date, so a question still in use is not forgotten by the retention.
        await database.ExecuteAsync("""
            INSERT INTO questions(key, question, language, created_at) VALUES(@key, @question, @language, @at)
            ON CONFLICT(key) DO UPDATE SET created_at = excluded.created_at
            """,
            [("key", key), ("question", question), ("language", language), ("at", Sql.Text(time.GetUtcNow()))], cancellationToken);
        return key;
    }

    public async Task<StoredQuestion?> RecallAsync(string key, CancellationToken cancellationToken = default)
    {
        var rows = await database.QueryAsync("SELECT question, language FROM questions WHERE key = @key", [("key", key)],
            reader => new StoredQuestion(key, reader.GetString(0), reader.NullableString(1)), cancellationToken);
        return rows.FirstOrDefault();
    }

    internal static string KeyOf(string question, string? language) => ShortKey.Of((language ?? "") + "\n" + question);
}
