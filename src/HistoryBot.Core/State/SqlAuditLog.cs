using System.Globalization;
using HistoryBot.Core.Chat;

namespace HistoryBot.Core.State;

/// <summary>The audit log in the state database.</summary>
public sealed class SqlAuditLog(IStateDatabase database) : IAuditLog
{
    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("""
            INSERT INTO audit(at, platform, chat_id, user_id, user_name, action, result)
            VALUES(@at, @platform, @chat, @user, @name, @action, @result)
            """,
            [
                ("at", Sql.Text(entry.At)), ("platform", entry.Platform.ToString()), ("chat", entry.ChatId.Value), ("user", entry.UserId.Value),
                ("name", entry.UserName), ("action", entry.Action), ("result", entry.Result),
            ],
            cancellationToken);

    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(int count, CancellationToken cancellationToken = default) =>
        await database.QueryAsync(
            "SELECT at, platform, chat_id, user_id, user_name, action, result FROM audit ORDER BY id DESC LIMIT @count",
            [("count", (long)count)],
            reader => new AuditEntry(
                DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
                Enum.Parse<Platform>(reader.GetString(1)),
                new ChatId(reader.GetString(2)),
                new UserId(reader.GetString(3)),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6)),
            cancellationToken);
}
