using HistoryBot.Core.State;
using HistoryBot.Core.Text;
using HistoryBot.Core.Text.Synonyms;
using HistoryBot.Testing;
using Microsoft.Extensions.Options;
using Xunit;

namespace HistoryBot.Core.Tests.State;

/// <summary>The admins' synonym pairs in the state store, on each provider, and how processes sharing it follow changes.</summary>
public sealed class AdminSynonymStoreTests
{
    private static readonly TextAnalyzer Analyzer = new();

    private static AdminSynonymPair Pair(string? language, string first, string second) =>
        AdminSynonymPair.Create(language, first.ToLowerInvariant(), first, second.ToLowerInvariant(), second);

    private static Synonym Admin(string text) => new(text, SynonymSources.MaxWeight, AdminSynonyms.SourceName);

    [Theory(Timeout = 20_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task Pairs_outlive_the_process_that_added_them_and_a_new_one_reads_them_in_both_directions(StateProvider provider)
    {
        using var state = new TestStateDatabase(provider);
        // Arrange
        var time = new ManualTimeProvider();
        var store = new SqlAdminSynonymStore(state.Open(), time);
        await store.AddAsync(Pair("en", "Kremlin", "USSR"), "alice (Telegram)", 10);
        await store.AddAsync(Pair(null, "NATO", "alliance"), "alice (Telegram)", 10);

        // Act: a new database connection and a new source, as after a restart.
        var restarted = new AdminSynonyms(new SqlAdminSynonymStore(state.Open(), time), Analyzer);
        await restarted.EnsureLoadedAsync();

        // Assert
        Assert.Equal([Admin("ussr")], restarted.For("kremlin", Language.English));
        Assert.Equal([Admin("kremlin")], restarted.For("ussr", Language.English));
        Assert.Empty(restarted.For("kremlin", Language.Lithuanian));
        Assert.Equal([Admin("nato")], restarted.For("alliances", Language.English));
        Assert.Equal([Admin("alliance")], restarted.For("nato", Language.Romanian));
        var first = restarted.Entries[0];
        Assert.Equal(("en", "kremlin", "ussr", "Kremlin", "USSR", "alice (Telegram)", time.GetUtcNow()),
            (first.Language, first.First, first.Second, first.FirstText, first.SecondText, first.AddedBy, first.AddedAt));
    }

    [Theory(Timeout = 20_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task The_store_refuses_a_duplicate_and_a_pair_over_the_limit_and_restores_only_what_is_in_the_trash(StateProvider provider)
    {
        using var state = new TestStateDatabase(provider);
        // Arrange
        var time = new ManualTimeProvider();
        var store = new SqlAdminSynonymStore(state.Open(), time);
        var kremlin = await store.AddAsync(Pair("en", "Kremlin", "USSR"), "alice", 2);
        var version = await store.VersionAsync();

        // Act
        var duplicate = await store.AddAsync(Pair("en", "USSR", "Kremlin"), "bob", 2);
        var otherLanguage = await store.AddAsync(Pair("lt", "Kremlin", "USSR"), "bob", 2);
        var full = await store.AddAsync(Pair("en", "bid", "request"), "bob", 2);
        var versionAfterRefusals = await store.VersionAsync();
        var removed = await store.RemoveAsync(kremlin.Entry!.Id, "carol");
        var removedTwice = await store.RemoveAsync(kremlin.Entry.Id, "carol");
        var addedAgain = await store.AddAsync(Pair("en", "Kremlin", "USSR"), "dave", 2);
        var restoreOverDuplicate = await store.RestoreAsync(kremlin.Entry.Id, 2);
        await store.RemoveAsync(addedAgain.Entry!.Id, "dave");
        var restored = await store.RestoreAsync(kremlin.Entry.Id, 2);
        var restoredTwice = await store.RestoreAsync(kremlin.Entry.Id, 2);

        // Assert
        Assert.Equal(AdminSynonymWriteStatus.Done, kremlin.Status);
        Assert.Equal((AdminSynonymWriteStatus.Duplicate, kremlin.Entry.Id), (duplicate.Status, duplicate.Entry!.Id));
        Assert.Equal(AdminSynonymWriteStatus.Done, otherLanguage.Status);
        Assert.Equal(AdminSynonymWriteStatus.Full, full.Status);
        Assert.Equal(version + 1, versionAfterRefusals);
        Assert.Equal((AdminSynonymWriteStatus.Done, "carol"), (removed.Status, removed.Entry!.RemovedBy));
        Assert.Equal(AdminSynonymWriteStatus.NotFound, removedTwice.Status);
        Assert.Equal(AdminSynonymWriteStatus.Done, addedAgain.Status);
        Assert.Equal((AdminSynonymWriteStatus.Duplicate, addedAgain.Entry.Id), (restoreOverDuplicate.Status, restoreOverDuplicate.Entry!.Id));
        Assert.Equal((AdminSynonymWriteStatus.Done, (DateTimeOffset?)null, "alice"), (restored.Status, restored.Entry!.RemovedAt, restored.Entry.AddedBy));
        Assert.Equal(AdminSynonymWriteStatus.NotFound, restoredTwice.Status);
        Assert.Equal([kremlin.Entry.Id, otherLanguage.Entry!.Id], (await store.ActiveAsync()).Select(entry => entry.Id).Order());
        Assert.Equal([addedAgain.Entry.Id], (await store.RemovedAsync()).Select(entry => entry.Id));
    }

    [Theory(Timeout = 20_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task Another_process_sharing_the_store_follows_an_add_and_a_remove_at_its_next_refresh(StateProvider provider)
    {
        using var state = new TestStateDatabase(provider);
        // Arrange: two processes, each with its own connection and its own copy in memory.
        var time = new ManualTimeProvider();
        var here = new AdminSynonyms(new SqlAdminSynonymStore(state.Open(), time), Analyzer);
        var thereStore = new SqlAdminSynonymStore(state.Open(), time);
        var there = new AdminSynonyms(thereStore, Analyzer);
        var refresher = new AdminSynonymRefresher(there, Options.Create(new SynonymOptions()), time, new CapturedLogs().For<AdminSynonymRefresher>());
        await here.EnsureLoadedAsync();
        await there.EnsureLoadedAsync();
        var store = new SqlAdminSynonymStore(state.Open(), time);

        // Act
        var added = await store.AddAsync(Pair("en", "Kremlin", "USSR"), "alice", 10);
        await here.RefreshAsync();
        var thereBeforeRefresh = there.For("kremlin", Language.English);
        await refresher.RefreshOnceAsync(CancellationToken.None);
        var thereAfterRefresh = there.For("kremlin", Language.English);
        await store.RemoveAsync(added.Entry!.Id, "alice");
        await refresher.RefreshOnceAsync(CancellationToken.None);
        var thereAfterRemove = there.For("kremlin", Language.English);

        // Assert
        Assert.Equal([Admin("ussr")], here.For("kremlin", Language.English));
        Assert.Empty(thereBeforeRefresh);
        Assert.Equal([Admin("ussr")], thereAfterRefresh);
        Assert.Empty(thereAfterRemove);
    }

    [Theory(Timeout = 20_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task The_trash_is_purged_after_Retention_Trash_and_pairs_in_use_are_kept(StateProvider provider)
    {
        using var state = new TestStateDatabase(provider);
        // Arrange
        var time = new ManualTimeProvider();
        var store = new SqlAdminSynonymStore(state.Open(), time);
        var old = await store.AddAsync(Pair("en", "Kremlin", "USSR"), "alice", 10);
        await store.AddAsync(Pair("en", "bid", "request"), "alice", 10);
        await store.RemoveAsync(old.Entry!.Id, "alice");
        time.Advance(TimeSpan.FromDays(20));
        var recent = await store.AddAsync(Pair("en", "Reds", "Soviets"), "alice", 10);
        await store.RemoveAsync(recent.Entry!.Id, "alice");
        time.Advance(TimeSpan.FromDays(11));
        var retention = new SynonymTrashRetention(store, Options.Create(new RetentionOptions { Trash = TimeSpan.FromDays(30) }));

        // Act
        var purged = await retention.PruneAsync(time.GetUtcNow());

        // Assert
        Assert.Equal(1, purged);
        Assert.Equal([recent.Entry.Id], (await store.RemovedAsync()).Select(entry => entry.Id));
        Assert.Equal(["bid"], (await store.ActiveAsync()).Select(entry => entry.First));
    }

    [Fact]
    public async Task A_store_that_cannot_be_read_leaves_questions_without_admin_synonyms_and_is_logged_once_not_thrown()
    {
        // Arrange
        var logs = new CapturedLogs();
        var synonyms = new AdminSynonyms(new UnreadableStore(), Analyzer, logs.For<AdminSynonyms>());

        // Act
        await synonyms.EnsureLoadedAsync();
        await synonyms.EnsureLoadedAsync();
        var found = synonyms.For("kremlin", Language.English);

        // Assert
        Assert.Empty(found);
        Assert.Single(logs.Entries, entry => entry.Message.Contains("could not be read from the state store", StringComparison.Ordinal));
    }

    /// <summary>A state store that is down.</summary>
    private sealed class UnreadableStore : IAdminSynonymStore
    {
        private static Exception Down() => new InvalidOperationException("the database is down");

        public Task<long> VersionAsync(CancellationToken cancellationToken = default) => throw Down();

        public Task<IReadOnlyList<AdminSynonym>> ActiveAsync(CancellationToken cancellationToken = default) => throw Down();

        public Task<IReadOnlyList<AdminSynonym>> RemovedAsync(CancellationToken cancellationToken = default) => throw Down();

        public Task<AdminSynonymWrite> AddAsync(AdminSynonymPair pair, string by, int maxActive, CancellationToken cancellationToken = default) => throw Down();

        public Task<AdminSynonymWrite> RemoveAsync(long id, string by, CancellationToken cancellationToken = default) => throw Down();

        public Task<AdminSynonymWrite> RestoreAsync(long id, int maxActive, CancellationToken cancellationToken = default) => throw Down();

        public Task<int> PurgeRemovedAsync(DateTimeOffset before, CancellationToken cancellationToken = default) => throw Down();
    }
}
