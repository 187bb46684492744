namespace HistoryBot.Core.State;

/// <summary>
/// The state tables in SQLite, as one numbered migration list: append a step to change them,
/// never edit one that shipped. Step 1 creates the tables as earlier releases left them (IF NOT
/// EXISTS), so an existing state.db carries on where it was.
/// </summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE IF NOT EXISTS questions(key TEXT PRIMARY KEY, question TEXT NOT NULL, language TEXT, created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS audit(
            id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, platform TEXT NOT NULL, chat_id TEXT NOT NULL,
            user_id TEXT NOT NULL, user_name TEXT NOT NULL, action TEXT NOT NULL, result TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS fact_subscriptions(
            platform TEXT NOT NULL, chat_id TEXT NOT NULL, post_time TEXT NOT NULL, time_zone TEXT NOT NULL,
            language TEXT NOT NULL, active INTEGER NOT NULL, since_ms INTEGER NOT NULL, set_by TEXT NOT NULL,
            inactive_reason TEXT, PRIMARY KEY(platform, chat_id));
        CREATE TABLE IF NOT EXISTS fact_rotations(
            platform TEXT NOT NULL, chat_id TEXT NOT NULL, cycle INTEGER NOT NULL, started_ms INTEGER NOT NULL,
            PRIMARY KEY(platform, chat_id));
        CREATE TABLE IF NOT EXISTS fact_posts(
            idempotency_key TEXT PRIMARY KEY, platform TEXT NOT NULL, chat_id TEXT NOT NULL, local_date TEXT NOT NULL,
            fact_id TEXT NOT NULL, cycle INTEGER NOT NULL, on_this_day INTEGER NOT NULL, status TEXT NOT NULL,
            owner TEXT NOT NULL, attempts INTEGER NOT NULL, claimed_ms INTEGER NOT NULL, lease_until_ms INTEGER NOT NULL,
            finished_ms INTEGER, retry_ms INTEGER, detail TEXT);
        CREATE INDEX IF NOT EXISTS fact_posts_chat ON fact_posts(platform, chat_id, local_date);
        CREATE INDEX IF NOT EXISTS fact_posts_cycle ON fact_posts(platform, chat_id, cycle);
        CREATE TABLE IF NOT EXISTS discord_handled(id TEXT PRIMARY KEY, handled_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS discord_sessions(shard_id INTEGER NOT NULL, shard_count INTEGER NOT NULL, session_id TEXT NOT NULL,
            resume_url TEXT NOT NULL, seq INTEGER, saved_at TEXT NOT NULL, PRIMARY KEY(shard_id, shard_count));
        CREATE TABLE IF NOT EXISTS telegram_updates(
            bot_id INTEGER NOT NULL, update_id INTEGER NOT NULL, state TEXT NOT NULL, owner TEXT, payload TEXT,
            received_at TEXT NOT NULL, finished_at TEXT, PRIMARY KEY(bot_id, update_id));
        CREATE TABLE IF NOT EXISTS telegram_blocked_chats(
            bot_id INTEGER NOT NULL, chat_id INTEGER NOT NULL, blocked_at TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY(bot_id, chat_id));
        """,
        // One "handled once" store for both adapters, keyed by (platform, id); Telegram's webhook
        // inbox keeps only what is not handled yet.
        """
        CREATE TABLE handled_once(
            platform TEXT NOT NULL, id TEXT NOT NULL, state TEXT NOT NULL, owner TEXT NOT NULL, lease_until_ms INTEGER NOT NULL,
            at TEXT NOT NULL, PRIMARY KEY(platform, id));
        CREATE INDEX handled_once_at ON handled_once(at);
        CREATE TABLE telegram_inbox(
            bot_id INTEGER NOT NULL, update_id INTEGER NOT NULL, handled_id TEXT NOT NULL, payload TEXT NOT NULL,
            received_at TEXT NOT NULL, PRIMARY KEY(bot_id, update_id));
        INSERT INTO handled_once(platform, id, state, owner, lease_until_ms, at)
            SELECT 'Discord', id, 'done', '', 0, handled_at FROM discord_handled WHERE true ON CONFLICT DO NOTHING;
        INSERT INTO handled_once(platform, id, state, owner, lease_until_ms, at)
            SELECT 'Telegram', bot_id || ':' || update_id, CASE state WHEN 'done' THEN 'done' ELSE 'claimed' END, coalesce(owner, ''), 0,
                coalesce(finished_at, received_at)
            FROM telegram_updates WHERE state <> 'received' ON CONFLICT DO NOTHING;
        INSERT INTO telegram_inbox(bot_id, update_id, handled_id, payload, received_at)
            SELECT bot_id, update_id, bot_id || ':' || update_id, payload, received_at FROM telegram_updates
            WHERE state <> 'done' AND payload IS NOT NULL ON CONFLICT DO NOTHING;
        DROP TABLE discord_handled;
        DROP TABLE telegram_updates;
        CREATE INDEX IF NOT EXISTS questions_created ON questions(created_at);
        CREATE INDEX IF NOT EXISTS audit_at ON audit(at);
        """,
        // Named leases: one holder at a time (the daily-fact leader, the Telegram poller).
        "CREATE TABLE leases(name TEXT PRIMARY KEY, owner TEXT NOT NULL, until_ms INTEGER NOT NULL, since_ms INTEGER NOT NULL)",
        // Votes under answers (one per user per answer) and the 👎 reasons a Telegram user was asked for.
        """
        CREATE TABLE feedback(
            id INTEGER PRIMARY KEY AUTOINCREMENT, platform TEXT NOT NULL, chat_id TEXT NOT NULL, user_id TEXT NOT NULL,
            question_key TEXT NOT NULL, question TEXT NOT NULL, language TEXT, source_id TEXT NOT NULL, paragraph INTEGER NOT NULL,
            vote INTEGER NOT NULL, reason TEXT, at TEXT NOT NULL, UNIQUE(platform, user_id, question_key, source_id, paragraph));
        CREATE INDEX feedback_answer ON feedback(question_key, source_id, paragraph);
        CREATE INDEX feedback_at ON feedback(at);
        CREATE TABLE feedback_pending(
            platform TEXT NOT NULL, chat_id TEXT NOT NULL, user_id TEXT NOT NULL, data TEXT NOT NULL, until_ms INTEGER NOT NULL,
            PRIMARY KEY(platform, chat_id, user_id));
        """,
        // The shared library's generation: raised by each change or reindex, followed by every replica.
        "CREATE TABLE library_generation(id INTEGER PRIMARY KEY, generation INTEGER NOT NULL, changed_ms INTEGER NOT NULL, changed_by TEXT NOT NULL)",
        // Questions the sources did not answer (for /gaps) and the chats that get the weekly digest.
        """
        CREATE TABLE unanswered(
            id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, platform TEXT NOT NULL, chat_id TEXT NOT NULL, question TEXT NOT NULL, language TEXT NOT NULL);
        CREATE INDEX unanswered_at ON unanswered(at);
        CREATE TABLE gap_digests(
            platform TEXT NOT NULL, chat_id TEXT NOT NULL, all_chats INTEGER NOT NULL, since_ms INTEGER NOT NULL, set_by TEXT NOT NULL,
            PRIMARY KEY(platform, chat_id));
        """,
        // Where and how the bot speaks in each chat (/settings).
        """
        CREATE TABLE chat_settings(
            platform TEXT NOT NULL, chat_id TEXT NOT NULL, questions TEXT NOT NULL, language TEXT NOT NULL, threads INTEGER NOT NULL,
            changed_ms INTEGER NOT NULL, changed_by TEXT NOT NULL, PRIMARY KEY(platform, chat_id));
        """,
        // The admins' synonym pairs (removed ones stay, with removed_at, as the trash) and their change counter, which replicas poll.
        """
        CREATE TABLE synonyms(
            id INTEGER PRIMARY KEY AUTOINCREMENT, language TEXT NOT NULL, first_key TEXT NOT NULL, second_key TEXT NOT NULL,
            first_text TEXT NOT NULL, second_text TEXT NOT NULL, added_at TEXT NOT NULL, added_by TEXT NOT NULL, removed_at TEXT, removed_by TEXT);
        CREATE UNIQUE INDEX synonyms_in_use ON synonyms(language, first_key, second_key) WHERE removed_at IS NULL;
        CREATE TABLE synonym_version(id INTEGER PRIMARY KEY, version INTEGER NOT NULL);
        INSERT INTO synonym_version(id, version) VALUES(1, 0);
        """,
    ];
}
