using HistoryBot.Core.Chat;
using HistoryBot.Core.State;
using HistoryBot.Testing;
using Xunit;

namespace HistoryBot.Core.Tests.State;

/// <summary>The one "handled once" store both adapters use, on each provider.</summary>
public sealed class HandledOnceStoreTests
{
    private static readonly HandledKey Interaction = new(Platform.Discord, "1234567890123");

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task An_event_is_claimed_once_also_by_a_new_process_on_the_same_database(StateProvider provider)
    {
        // Arrange
        using var state = new TestStateDatabase(provider);
        var time = new ManualTimeProvider();
        var first = new SqlHandledOnceStore(state.Open(), time);

        // Act
        var claimed = await first.TryClaimAsync(Interaction, takeOverAfter: null);
        var again = await first.TryClaimAsync(Interaction, takeOverAfter: null);
        time.Advance(TimeSpan.FromDays(1));
        var afterRestart = await new SqlHandledOnceStore(state.Open(), time).TryClaimAsync(Interaction, takeOverAfter: null);

        // Assert
        Assert.True(claimed);
        Assert.False(again);
        Assert.False(afterRestart);
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task The_same_id_on_two_platforms_is_two_keys(StateProvider provider)
    {
        // Arrange
        using var state = new TestStateDatabase(provider);
        var store = new SqlHandledOnceStore(state.Open(), new ManualTimeProvider());

        // Act
        var discord = await store.TryClaimAsync(new HandledKey(Platform.Discord, "42"), null);
        var telegram = await store.TryClaimAsync(new HandledKey(Platform.Telegram, "42"), null);

        // Assert
        Assert.True(discord);
        Assert.True(telegram);
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task A_released_claim_can_be_taken_again(StateProvider provider)
    {
        // Arrange
        using var state = new TestStateDatabase(provider);
        var store = new SqlHandledOnceStore(state.Open(), new ManualTimeProvider());
        await store.TryClaimAsync(Interaction, null);

        // Act
        await store.ReleaseAsync(Interaction);

        // Assert
        Assert.True(await store.TryClaimAsync(Interaction, null));
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task An_unfinished_claim_of_a_dead_process_is_taken_over_only_after_its_lease_and_a_done_one_never(StateProvider provider)
    {
        // Arrange: two stores are two replicas.
        using var state = new TestStateDatabase(provider);
        var time = new ManualTimeProvider();
        var dead = new SqlHandledOnceStore(state.Open(), time);
        var alive = new SqlHandledOnceStore(state.Open(), time);
        var done = new HandledKey(Platform.Telegram, "1:8");
        await dead.TryClaimAsync(Interaction, TimeSpan.FromMinutes(1));
        await dead.TryClaimAsync(done, TimeSpan.FromMinutes(1));
        await dead.CompleteAsync(done);

        // Act
        var whileLeased = await alive.TryClaimAsync(Interaction, TimeSpan.FromMinutes(1));
        time.Advance(TimeSpan.FromMinutes(2));
        var afterLease = await alive.TryClaimAsync(Interaction, TimeSpan.FromMinutes(1));
        var doneAfterLease = await alive.TryClaimAsync(done, TimeSpan.FromMinutes(1));

        // Assert
        Assert.False(whileLeased);
        Assert.True(afterLease);
        Assert.False(doneAfterLease);
    }

    [Theory(Timeout = 30_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task Many_replicas_racing_for_the_same_ids_each_win_every_id_once(StateProvider provider)
    {
        // Arrange: four replicas, each trying all 200 ids at once.
        using var state = new TestStateDatabase(provider);
        var time = new ManualTimeProvider();
        var replicas = Enumerable.Range(0, 4).Select(_ => new SqlHandledOnceStore(state.Open(), time)).ToList();
        var ids = Enumerable.Range(0, 200).Select(i => new HandledKey(Platform.Discord, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

        // Act
        var wins = await Task.WhenAll(replicas.Select(replica => Task.Run(async () =>
        {
            var won = 0;
            foreach (var id in ids)
                won += await replica.TryClaimAsync(id, TimeSpan.FromMinutes(1)) ? 1 : 0;
            return won;
        })));

        // Assert
        Assert.Equal(ids.Count, wins.Sum());
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task Purging_forgets_old_ids_of_one_platform_or_of_all(StateProvider provider)
    {
        // Arrange
        using var state = new TestStateDatabase(provider);
        var time = new ManualTimeProvider();
        var store = new SqlHandledOnceStore(state.Open(), time);
        await store.TryClaimAsync(new HandledKey(Platform.Telegram, "1:1"), null);
        await store.TryClaimAsync(new HandledKey(Platform.Discord, "1"), null);
        time.Advance(TimeSpan.FromDays(8));
        await store.TryClaimAsync(new HandledKey(Platform.Telegram, "1:2"), null);

        // Act
        var telegram = await store.PurgeAsync(time.GetUtcNow() - TimeSpan.FromDays(7), Platform.Telegram);
        var all = await store.PurgeAsync(time.GetUtcNow() - TimeSpan.FromDays(7));

        // Assert
        Assert.Equal((1, 1), (telegram, all));
        Assert.True(await store.TryClaimAsync(new HandledKey(Platform.Discord, "1"), null));
        Assert.False(await store.TryClaimAsync(new HandledKey(Platform.Telegram, "1:2"), null));
    }
}
