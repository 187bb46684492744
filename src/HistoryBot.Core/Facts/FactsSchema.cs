namespace HistoryBot.Core.Facts;

/// <summary>
/// The daily-fact tables of the state database, as numbered migrations of the "facts" area:
/// append a step to change them, never edit one that shipped.
/// </summary>
internal static class FactsSchema
{
    public const string Area = "facts";

    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE fact_subscriptions(
            platform TEXT NOT NULL, chat_id TEXT NOT NULL, post_time TEXT NOT NULL, time_zone TEXT NOT NULL,
            language TEXT NOT NULL, active INTEGER NOT NULL, since_ms INTEGER NOT NULL, set_by TEXT NOT NULL,
            inactive_reason TEXT, PRIMARY KEY(platform, chat_id));
        CREATE TABLE fact_rotations(
            platform TEXT NOT NULL, chat_id TEXT NOT NULL, cycle INTEGER NOT NULL, started_ms INTEGER NOT NULL,
            PRIMARY KEY(platform, chat_id));
        CREATE TABLE fact_posts(
            idempotency_key TEXT PRIMARY KEY, platform TEXT NOT NULL, chat_id TEXT NOT NULL, local_date TEXT NOT NULL,
            fact_id TEXT NOT NULL, cycle INTEGER NOT NULL, on_this_day INTEGER NOT NULL, status TEXT NOT NULL,
            owner TEXT NOT NULL, attempts INTEGER NOT NULL, claimed_ms INTEGER NOT NULL, lease_until_ms INTEGER NOT NULL,
            finished_ms INTEGER, retry_ms INTEGER, detail TEXT);
        CREATE INDEX fact_posts_chat ON fact_posts(platform, chat_id, local_date);
        CREATE INDEX fact_posts_cycle ON fact_posts(platform, chat_id, cycle);
        """,
    ];
}
