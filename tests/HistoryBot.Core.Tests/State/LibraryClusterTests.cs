using HistoryBot.Core.State;
using HistoryBot.Testing;
using Xunit;

namespace HistoryBot.Core.Tests.State;

/// <summary>The pieces replicas share the library with: the library lock and the library generation.</summary>
public sealed class LibraryClusterTests
{
    [Theory(Timeout = 20_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task Only_one_process_holds_the_library_lock_and_the_next_takes_it_once_it_is_given_back(StateProvider provider)
    {
        // Arrange: two processes' views of one state store.
        using var state = new TestStateDatabase(provider);
        var first = LockFor(state);
        var second = LockFor(state);

        // Act
        var held = await first.TryAcquireAsync();
        var refused = await second.TryAcquireAsync();
        await held!.DisposeAsync();
        var taken = await second.TryAcquireAsync();
        var refusedNow = await first.TryAcquireAsync();
        await taken!.DisposeAsync();

        // Assert
        Assert.NotNull(held);
        Assert.Null(refused);
        Assert.NotNull(taken);
        Assert.Null(refusedNow);
    }

    [Theory(Timeout = 20_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task The_library_generation_starts_at_zero_and_each_change_raises_it_by_one_for_every_process(StateProvider provider)
    {
        // Arrange
        using var state = new TestStateDatabase(provider);
        var time = new ManualTimeProvider();
        var writer = new SqlLibraryGenerationStore(state.Open(), time);
        var reader = new SqlLibraryGenerationStore(state.Open(), time);

        // Act
        var before = await reader.CurrentAsync();
        var first = await writer.AdvanceAsync("Alice (Telegram): addsource notes.md");
        time.Advance(TimeSpan.FromMinutes(1));
        var second = await writer.AdvanceAsync("Bob (Discord): reindex");
        var seen = await reader.CurrentAsync();

        // Assert
        Assert.Equal(new LibraryGeneration(0, null, null), before);
        Assert.Equal(1, first.Number);
        Assert.Equal(2, second.Number);
        Assert.Equal((2L, "Bob (Discord): reindex"), (seen.Number, seen.ChangedBy));
        Assert.Equal(time.GetUtcNow().ToUnixTimeMilliseconds(), seen.ChangedAt!.Value.ToUnixTimeMilliseconds());
    }

    private static ILibraryLock LockFor(TestStateDatabase state) =>
        state.Provider == StateProvider.Postgres
            ? new PostgresLibraryLock(state.Open())
            : new FileLibraryLock(Path.GetDirectoryName(state.SqlitePath)!);
}
