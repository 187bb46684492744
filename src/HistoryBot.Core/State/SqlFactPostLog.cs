using System.Data.Common;
using System.Globalization;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Facts;

namespace HistoryBot.Core.State;

/// <summary>
/// The posted-fact log in the state database. A claim is one conditional upsert, atomic in both
/// providers, so two processes (or replicas) never both win a day.
/// </summary>
public sealed class SqlFactPostLog(IStateDatabase database) : IFactPostLog
{
    private const string Columns =
        "platform, chat_id, local_date, fact_id, cycle, on_this_day, status, owner, attempts, claimed_ms, lease_until_ms, finished_ms, retry_ms, detail";

    public async Task<DailyPost?> GetAsync(ChannelKey channel, DateOnly localDate, CancellationToken cancellationToken = default) =>
        (await database.QueryAsync($"SELECT {Columns} FROM fact_posts WHERE idempotency_key = @key",
            [("key", DailyPost.KeyOf(channel, localDate))], Read, cancellationToken)).FirstOrDefault();

    public async Task<DailyPost?> TryClaimAsync(PostClaim claim, CancellationToken cancellationToken = default) =>
        (await database.QueryAsync($"""
            INSERT INTO fact_posts(idempotency_key, {Columns})
            VALUES(@key, @platform, @chat, @date, @fact, @cycle, @onThisDay, 'Claimed', @owner, 1, @now, @lease, NULL, NULL, NULL)
            ON CONFLICT(idempotency_key) DO UPDATE SET
                fact_id = excluded.fact_id, cycle = excluded.cycle, on_this_day = excluded.on_this_day, status = 'Claimed',
                owner = excluded.owner, attempts = fact_posts.attempts + 1, claimed_ms = excluded.claimed_ms,
                lease_until_ms = excluded.lease_until_ms, finished_ms = NULL, retry_ms = NULL, detail = NULL
            WHERE (fact_posts.status = 'Claimed' AND fact_posts.lease_until_ms <= excluded.claimed_ms) OR fact_posts.status = 'Failed'
            RETURNING {Columns}
            """,
            [
                ("key", DailyPost.KeyOf(claim.Channel, claim.LocalDate)), ("platform", claim.Channel.Platform.ToString()),
                ("chat", claim.Channel.ChatId.Value), ("date", Date(claim.LocalDate)), ("fact", claim.FactId.Value), ("cycle", (long)claim.Cycle),
                ("onThisDay", claim.OnThisDay ? 1L : 0L), ("owner", claim.Owner), ("now", claim.Now.ToUnixTimeMilliseconds()),
                ("lease", claim.LeaseUntil.ToUnixTimeMilliseconds()),
            ],
            Read, cancellationToken)).FirstOrDefault();

    public async Task<bool> BeginSendingAsync(ChannelKey channel, DateOnly localDate, string owner, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync("""
            UPDATE fact_posts SET status = 'Sending', lease_until_ms = @lease
            WHERE idempotency_key = @key AND owner = @owner AND status = 'Claimed'
            """,
            [("key", DailyPost.KeyOf(channel, localDate)), ("owner", owner), ("lease", leaseUntil.ToUnixTimeMilliseconds())], cancellationToken) == 1;

    public async Task<bool> FinishAsync(ChannelKey channel, DateOnly localDate, string owner, DailyPostState status, DateTimeOffset at,
        DateTimeOffset? retryAt = null, string? detail = null, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync("""
            UPDATE fact_posts SET status = @status, finished_ms = @at, retry_ms = @retry, detail = @detail
            WHERE idempotency_key = @key AND owner = @owner AND status IN ('Claimed', 'Sending')
            """,
            [
                ("key", DailyPost.KeyOf(channel, localDate)), ("owner", owner), ("status", status.ToString()), ("at", at.ToUnixTimeMilliseconds()),
                ("retry", retryAt?.ToUnixTimeMilliseconds()), ("detail", detail),
            ],
            cancellationToken) == 1;

    public async Task<bool> MarkUnconfirmedAsync(ChannelKey channel, DateOnly localDate, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync("""
            UPDATE fact_posts SET status = 'Unconfirmed', finished_ms = @now,
                detail = 'the process stopped while sending; not sent again, so the chat never gets it twice'
            WHERE idempotency_key = @key AND status = 'Sending' AND lease_until_ms <= @now
            """,
            [("key", DailyPost.KeyOf(channel, localDate)), ("now", now.ToUnixTimeMilliseconds())], cancellationToken) == 1;

    public async Task<IReadOnlySet<FactId>> PostedInCycleAsync(ChannelKey channel, int cycle, CancellationToken cancellationToken = default) =>
        // What may have gone out counts as posted: better a fact skipped than one repeated.
        (await database.QueryAsync("""
            SELECT fact_id FROM fact_posts
            WHERE platform = @platform AND chat_id = @chat AND cycle = @cycle AND status IN ('Sending', 'Sent', 'Unconfirmed')
            """,
            [("platform", channel.Platform.ToString()), ("chat", channel.ChatId.Value), ("cycle", (long)cycle)],
            reader => new FactId(reader.GetString(0)), cancellationToken)).ToHashSet();

    private static DailyPost Read(DbDataReader reader) => new(
        new ChannelKey(Enum.Parse<Platform>(reader.GetString(0)), new ChatId(reader.GetString(1))),
        DateOnly.ParseExact(reader.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        new FactId(reader.GetString(3)),
        (int)reader.Long(4),
        reader.Long(5) == 1,
        Enum.Parse<DailyPostState>(reader.GetString(6)),
        reader.GetString(7),
        (int)reader.Long(8),
        Instant(reader.Long(9)),
        Instant(reader.Long(10)),
        reader.NullableLong(11) is { } finished ? Instant(finished) : null,
        reader.NullableLong(12) is { } retry ? Instant(retry) : null,
        reader.NullableString(13));

    private static DateTimeOffset Instant(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
