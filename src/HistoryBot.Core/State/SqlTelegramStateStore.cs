using HistoryBot.Core.Chat;

namespace HistoryBot.Core.State;

/// <summary>
/// The Telegram state in the state database: the webhook inbox and blocked chats, keyed by the
/// bot's id so two bots sharing a database never mistake each other's ids; handled update ids go
/// to the shared <see cref="IHandledOnceStore"/> as (Telegram, "bot:update").
/// </summary>
public sealed class SqlTelegramStateStore(IStateDatabase database, SqlHandledOnceStore handled, TimeProvider time, long botId) : ITelegramStateStore
{
    /// <summary>
    /// How long an unfinished claim of another process is left alone: answering takes seconds, so
    /// a claim this old was left by a replica that died, and another one takes it over.
    /// </summary>
    public static readonly TimeSpan ClaimTakeOver = TimeSpan.FromMinutes(1);

    public async Task<bool> TryReceiveAsync(long updateId, string payload, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync("""
            INSERT INTO telegram_inbox(bot_id, update_id, handled_id, payload, received_at)
            SELECT @bot, @update, @handled, @payload, @now
            WHERE NOT EXISTS (SELECT 1 FROM handled_once WHERE platform = @platform AND id = @handled)
            ON CONFLICT(bot_id, update_id) DO NOTHING
            """,
            [("bot", botId), ("update", updateId), ("handled", HandledId(updateId)), ("payload", payload), ("now", Sql.Text(time.GetUtcNow())),
             ("platform", nameof(Platform.Telegram))],
            cancellationToken) == 1;

    public async Task<IReadOnlyList<string>> UnfinishedAsync(CancellationToken cancellationToken = default) =>
        await database.QueryAsync("""
            SELECT i.payload FROM telegram_inbox i
            WHERE i.bot_id = @bot AND NOT EXISTS (
                SELECT 1 FROM handled_once h
                WHERE h.platform = @platform AND h.id = i.handled_id AND (h.state = 'done' OR h.owner = @owner OR h.lease_until_ms > @now))
            ORDER BY i.update_id
            """,
            [("bot", botId), ("platform", nameof(Platform.Telegram)), ("owner", handled.Owner), ("now", time.GetUtcNow().ToUnixTimeMilliseconds())],
            reader => reader.GetString(0), cancellationToken);

    public Task<bool> TryBeginAsync(long updateId, CancellationToken cancellationToken = default) =>
        handled.TryClaimAsync(Key(updateId), ClaimTakeOver, cancellationToken);

    public async Task CompleteAsync(long updateId, CancellationToken cancellationToken = default)
    {
        await handled.CompleteAsync(Key(updateId), cancellationToken);
        // The payload is no longer needed once handled; the handled id stays for duplicate checks.
        await database.ExecuteAsync("DELETE FROM telegram_inbox WHERE bot_id = @bot AND update_id = @update",
            [("bot", botId), ("update", updateId)], cancellationToken);
    }

    public Task AbandonAsync(long updateId, CancellationToken cancellationToken = default) =>
        handled.ReleaseAsync(Key(updateId), cancellationToken);

    public async Task<bool> IsBlockedAsync(long chatId, CancellationToken cancellationToken = default) =>
        await database.ScalarAsync("SELECT 1 FROM telegram_blocked_chats WHERE bot_id = @bot AND chat_id = @chat",
            [("bot", botId), ("chat", chatId)], cancellationToken) is not null;

    public Task BlockAsync(long chatId, string reason, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("""
            INSERT INTO telegram_blocked_chats(bot_id, chat_id, blocked_at, reason) VALUES(@bot, @chat, @now, @reason)
            ON CONFLICT(bot_id, chat_id) DO UPDATE SET blocked_at = excluded.blocked_at, reason = excluded.reason
            """,
            [("bot", botId), ("chat", chatId), ("now", Sql.Text(time.GetUtcNow())), ("reason", reason)], cancellationToken);

    public async Task<bool> UnblockAsync(long chatId, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync("DELETE FROM telegram_blocked_chats WHERE bot_id = @bot AND chat_id = @chat",
            [("bot", botId), ("chat", chatId)], cancellationToken) > 0;

    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        handled.PurgeAsync(before, Platform.Telegram, cancellationToken);

    private HandledKey Key(long updateId) => new(Platform.Telegram, HandledId(updateId));

    private string HandledId(long updateId) => FormattableString.Invariant($"{botId}:{updateId}");
}
