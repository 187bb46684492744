using System.Globalization;
using HistoryBot.Core.Chat;
using HistoryBot.Core.State;
using Microsoft.Data.Sqlite;

namespace HistoryBot.Core.Facts;

/// <summary>
/// The posted-fact log in the state database. A claim is one conditional upsert inside an
/// immediate (write-locked) transaction, so two processes on one file never both win a day.
/// </summary>
public sealed class SqliteFactPostLog : IFactPostLog
{
    private const string Columns =
        "platform, chat_id, local_date, fact_id, cycle, on_this_day, status, owner, attempts, claimed_ms, lease_until_ms, finished_ms, retry_ms, detail";

    private readonly StateDatabase _database;

    public SqliteFactPostLog(StateDatabase database)
    {
        _database = database;
        database.Migrate(FactsSchema.Area, FactsSchema.Migrations);
    }

    public async Task<DailyPost?> GetAsync(ChannelKey channel, DateOnly localDate, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        return await ReadOneAsync(connection, null, DailyPost.KeyOf(channel, localDate), cancellationToken);
    }

    public async Task<DailyPost?> TryClaimAsync(PostClaim claim, CancellationToken cancellationToken = default)
    {
        var key = DailyPost.KeyOf(claim.Channel, claim.LocalDate);
        using var connection = _database.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO fact_posts(idempotency_key, {Columns})
            VALUES($key, $platform, $chat, $date, $fact, $cycle, $onThisDay, 'Claimed', $owner, 1, $now, $lease, NULL, NULL, NULL)
            ON CONFLICT(idempotency_key) DO UPDATE SET
                fact_id = excluded.fact_id, cycle = excluded.cycle, on_this_day = excluded.on_this_day, status = 'Claimed',
                owner = excluded.owner, attempts = fact_posts.attempts + 1, claimed_ms = excluded.claimed_ms,
                lease_until_ms = excluded.lease_until_ms, finished_ms = NULL, retry_ms = NULL, detail = NULL
            WHERE (fact_posts.status = 'Claimed' AND fact_posts.lease_until_ms <= excluded.claimed_ms) OR fact_posts.status = 'Failed'
            """;
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$platform", claim.Channel.Platform.ToString());
        command.Parameters.AddWithValue("$chat", claim.Channel.ChatId.Value);
        command.Parameters.AddWithValue("$date", Date(claim.LocalDate));
        command.Parameters.AddWithValue("$fact", claim.FactId.Value);
        command.Parameters.AddWithValue("$cycle", claim.Cycle);
        command.Parameters.AddWithValue("$onThisDay", claim.OnThisDay ? 1 : 0);
        command.Parameters.AddWithValue("$owner", claim.Owner);
        command.Parameters.AddWithValue("$now", claim.Now.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$lease", claim.LeaseUntil.ToUnixTimeMilliseconds());
        var claimed = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        var post = claimed ? await ReadOneAsync(connection, transaction, key, cancellationToken) : null;
        await transaction.CommitAsync(cancellationToken);
        return post;
    }

    public async Task<bool> BeginSendingAsync(ChannelKey channel, DateOnly localDate, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE fact_posts SET status = 'Sending', lease_until_ms = $lease
            WHERE idempotency_key = $key AND owner = $owner AND status = 'Claimed'
            """;
        command.Parameters.AddWithValue("$key", DailyPost.KeyOf(channel, localDate));
        command.Parameters.AddWithValue("$owner", owner);
        command.Parameters.AddWithValue("$lease", leaseUntil.ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> FinishAsync(ChannelKey channel, DateOnly localDate, string owner, DailyPostState status, DateTimeOffset at,
        DateTimeOffset? retryAt = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE fact_posts SET status = $status, finished_ms = $at, retry_ms = $retry, detail = $detail
            WHERE idempotency_key = $key AND owner = $owner AND status IN ('Claimed', 'Sending')
            """;
        command.Parameters.AddWithValue("$key", DailyPost.KeyOf(channel, localDate));
        command.Parameters.AddWithValue("$owner", owner);
        command.Parameters.AddWithValue("$status", status.ToString());
        command.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$retry", (object?)retryAt?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        command.Parameters.AddWithValue("$detail", (object?)detail ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> MarkUnconfirmedAsync(ChannelKey channel, DateOnly localDate, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE fact_posts SET status = 'Unconfirmed', finished_ms = $now,
                detail = 'the process stopped while sending; not sent again, so the chat never gets it twice'
            WHERE idempotency_key = $key AND status = 'Sending' AND lease_until_ms <= $now
            """;
        command.Parameters.AddWithValue("$key", DailyPost.KeyOf(channel, localDate));
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlySet<FactId>> PostedInCycleAsync(ChannelKey channel, int cycle, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        // What may have gone out counts as posted: better a fact skipped than one repeated.
        command.CommandText = """
            SELECT fact_id FROM fact_posts
            WHERE platform = $platform AND chat_id = $chat AND cycle = $cycle AND status IN ('Sending', 'Sent', 'Unconfirmed')
            """;
        command.Parameters.AddWithValue("$platform", channel.Platform.ToString());
        command.Parameters.AddWithValue("$chat", channel.ChatId.Value);
        command.Parameters.AddWithValue("$cycle", cycle);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var posted = new HashSet<FactId>();
        while (await reader.ReadAsync(cancellationToken))
            posted.Add(new FactId(reader.GetString(0)));
        return posted;
    }

    private static async Task<DailyPost?> ReadOneAsync(SqliteConnection connection, SqliteTransaction? transaction, string key, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {Columns} FROM fact_posts WHERE idempotency_key = $key";
        command.Parameters.AddWithValue("$key", key);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static DailyPost Read(SqliteDataReader reader) => new(
        new ChannelKey(Enum.Parse<Platform>(reader.GetString(0)), new ChatId(reader.GetString(1))),
        DateOnly.ParseExact(reader.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        new FactId(reader.GetString(3)),
        reader.GetInt32(4),
        reader.GetInt64(5) == 1,
        Enum.Parse<DailyPostState>(reader.GetString(6)),
        reader.GetString(7),
        reader.GetInt32(8),
        Instant(reader.GetInt64(9)),
        Instant(reader.GetInt64(10)),
        reader.IsDBNull(11) ? null : Instant(reader.GetInt64(11)),
        reader.IsDBNull(12) ? null : Instant(reader.GetInt64(12)),
        reader.IsDBNull(13) ? null : reader.GetString(13));

    private static DateTimeOffset Instant(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
