using System.Globalization;
using HistoryBot.Core.Chat;
using HistoryBot.Core.State;
using Microsoft.Data.Sqlite;

namespace HistoryBot.Core.Facts;

/// <summary>Subscriptions in the state database.</summary>
public sealed class SqliteSubscriptionStore : ISubscriptionStore
{
    private const string Columns = "platform, chat_id, post_time, time_zone, language, active, since_ms, set_by, inactive_reason";

    private readonly StateDatabase _database;

    public SqliteSubscriptionStore(StateDatabase database)
    {
        _database = database;
        database.Migrate(FactsSchema.Area, FactsSchema.Migrations);
    }

    public async Task SaveAsync(Subscription subscription, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO fact_subscriptions({Columns}) VALUES($platform, $chat, $time, $zone, $language, $active, $since, $by, $reason)
            ON CONFLICT(platform, chat_id) DO UPDATE SET post_time = excluded.post_time, time_zone = excluded.time_zone,
                language = excluded.language, active = excluded.active, since_ms = excluded.since_ms, set_by = excluded.set_by,
                inactive_reason = excluded.inactive_reason
            """;
        AddKey(command, subscription.Channel);
        command.Parameters.AddWithValue("$time", subscription.Time.ToString("HH:mm", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$zone", subscription.TimeZoneId);
        command.Parameters.AddWithValue("$language", subscription.Language);
        command.Parameters.AddWithValue("$active", subscription.Active ? 1 : 0);
        command.Parameters.AddWithValue("$since", subscription.Since.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$by", subscription.SetBy);
        command.Parameters.AddWithValue("$reason", (object?)subscription.InactiveReason ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<Subscription?> GetAsync(ChannelKey channel, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM fact_subscriptions WHERE platform = $platform AND chat_id = $chat";
        AddKey(command, channel);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<Subscription>> ActiveAsync(CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM fact_subscriptions WHERE active = 1 ORDER BY platform, chat_id";
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var subscriptions = new List<Subscription>();
        while (await reader.ReadAsync(cancellationToken))
            subscriptions.Add(Read(reader));
        return subscriptions;
    }

    public async Task<bool> DeactivateAsync(ChannelKey channel, string reason, CancellationToken cancellationToken = default)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE fact_subscriptions SET active = 0, inactive_reason = $reason WHERE platform = $platform AND chat_id = $chat AND active = 1";
        AddKey(command, channel);
        command.Parameters.AddWithValue("$reason", reason);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static void AddKey(SqliteCommand command, ChannelKey channel)
    {
        command.Parameters.AddWithValue("$platform", channel.Platform.ToString());
        command.Parameters.AddWithValue("$chat", channel.ChatId.Value);
    }

    private static Subscription Read(SqliteDataReader reader) => new(
        new ChannelKey(Enum.Parse<Platform>(reader.GetString(0)), new ChatId(reader.GetString(1))),
        TimeOnly.ParseExact(reader.GetString(2), "HH:mm", CultureInfo.InvariantCulture),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetInt64(5) == 1,
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)),
        reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetString(8));
}
