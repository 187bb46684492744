using System.Data.Common;
using System.Globalization;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Facts;

namespace HistoryBot.Core.State;

/// <summary>Daily-fact subscriptions in the state database.</summary>
public sealed class SqlSubscriptionStore(IStateDatabase database) : ISubscriptionStore
{
    private const string Columns = "platform, chat_id, post_time, time_zone, language, active, since_ms, set_by, inactive_reason";

    public Task SaveAsync(Subscription subscription, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync($"""
            INSERT INTO fact_subscriptions({Columns}) VALUES(@platform, @chat, @time, @zone, @language, @active, @since, @by, @reason)
            ON CONFLICT(platform, chat_id) DO UPDATE SET post_time = excluded.post_time, time_zone = excluded.time_zone,
                language = excluded.language, active = excluded.active, since_ms = excluded.since_ms, set_by = excluded.set_by,
                inactive_reason = excluded.inactive_reason
            """,
            [
                .. Key(subscription.Channel),
                ("time", subscription.Time.ToString("HH:mm", CultureInfo.InvariantCulture)), ("zone", subscription.TimeZoneId),
                ("language", subscription.Language), ("active", subscription.Active ? 1L : 0L), ("since", subscription.Since.ToUnixTimeMilliseconds()),
                ("by", subscription.SetBy), ("reason", subscription.InactiveReason),
            ],
            cancellationToken);

    public async Task<Subscription?> GetAsync(ChannelKey channel, CancellationToken cancellationToken = default) =>
        (await database.QueryAsync($"SELECT {Columns} FROM fact_subscriptions WHERE platform = @platform AND chat_id = @chat", Key(channel), Read, cancellationToken))
            .FirstOrDefault();

    public async Task<IReadOnlyList<Subscription>> ActiveAsync(CancellationToken cancellationToken = default) =>
        await database.QueryAsync($"SELECT {Columns} FROM fact_subscriptions WHERE active = 1 ORDER BY platform, chat_id", [], Read, cancellationToken);

    public async Task<bool> DeactivateAsync(ChannelKey channel, string reason, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(
            "UPDATE fact_subscriptions SET active = 0, inactive_reason = @reason WHERE platform = @platform AND chat_id = @chat AND active = 1",
            [.. Key(channel), ("reason", reason)], cancellationToken) == 1;

    private static (string, object?)[] Key(ChannelKey channel) => [("platform", channel.Platform.ToString()), ("chat", channel.ChatId.Value)];

    private static Subscription Read(DbDataReader reader) => new(
        new ChannelKey(Enum.Parse<Platform>(reader.GetString(0)), new ChatId(reader.GetString(1))),
        TimeOnly.ParseExact(reader.GetString(2), "HH:mm", CultureInfo.InvariantCulture),
        reader.GetString(3),
        reader.GetString(4),
        reader.Long(5) == 1,
        DateTimeOffset.FromUnixTimeMilliseconds(reader.Long(6)),
        reader.GetString(7),
        reader.NullableString(8));
}
