using HistoryBot.Core.State;
using HistoryBot.Testing;
using Xunit;

namespace HistoryBot.Core.Tests.State;

public sealed class GatewaySessionStoreTests
{
    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task A_session_is_kept_per_shard_until_it_is_too_old_or_cleared(StateProvider provider)
    {
        // Arrange
        using var state = new TestStateDatabase(provider);
        var time = new ManualTimeProvider();
        var store = new SqlGatewaySessionStore(state.Open(), time);
        var maxAge = TimeSpan.FromMinutes(3);

        // Act
        await store.SaveAsync(1, 2, new GatewaySession("abc", "wss://resume.example", 42));
        var loaded = await new SqlGatewaySessionStore(state.Open(), time).LoadAsync(1, 2, maxAge);
        var otherShard = await store.LoadAsync(0, 2, maxAge);
        time.Advance(TimeSpan.FromMinutes(4));
        var stale = await store.LoadAsync(1, 2, maxAge);
        await store.ClearAsync(1, 2);

        // Assert
        Assert.Equal(new GatewaySession("abc", "wss://resume.example", 42), loaded);
        Assert.Null(otherShard);
        Assert.Null(stale);
        Assert.Null(await store.LoadAsync(1, 2, TimeSpan.FromDays(1)));
    }
}
