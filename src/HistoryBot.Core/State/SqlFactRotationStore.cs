using HistoryBot.Core.Facts;

namespace HistoryBot.Core.State;

/// <summary>Daily-fact rotation cycles in the state database.</summary>
public sealed class SqlFactRotationStore(IStateDatabase database, TimeProvider time) : IFactRotationStore
{
    public async Task<int> CurrentCycleAsync(ChannelKey channel, CancellationToken cancellationToken = default) =>
        await database.ScalarAsync("SELECT cycle FROM fact_rotations WHERE platform = @platform AND chat_id = @chat",
            [("platform", channel.Platform.ToString()), ("chat", channel.ChatId.Value)], cancellationToken) is { } cycle
            ? Convert.ToInt32(cycle, System.Globalization.CultureInfo.InvariantCulture)
            : 1;

    public async Task<int> StartNextCycleAsync(ChannelKey channel, int completedCycle, CancellationToken cancellationToken = default)
    {
        // Only the first of several processes finishing the same cycle moves it on (one atomic upsert).
        await database.ExecuteAsync("""
            INSERT INTO fact_rotations(platform, chat_id, cycle, started_ms) VALUES(@platform, @chat, @next, @now)
            ON CONFLICT(platform, chat_id) DO UPDATE SET cycle = excluded.cycle, started_ms = excluded.started_ms
            WHERE fact_rotations.cycle = @completed
            """,
            [
                ("platform", channel.Platform.ToString()), ("chat", channel.ChatId.Value), ("next", completedCycle + 1L),
                ("completed", (long)completedCycle), ("now", time.GetUtcNow().ToUnixTimeMilliseconds()),
            ],
            cancellationToken);
        return await CurrentCycleAsync(channel, cancellationToken);
    }
}
