using HistoryBot.Core.Chat;
using HistoryBot.Core.State;
using HistoryBot.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace HistoryBot.Core.Tests.State;

public sealed class StateDatabaseTests
{
    [Theory(Timeout = 20_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task The_schema_is_one_migration_list_applied_once_however_many_processes_open_it(StateProvider provider)
    {
        // Arrange
        using var state = new TestStateDatabase(provider);

        // Act: three processes open the fresh database at the same moment.
        var databases = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(state.Open)));

        // Assert
        var versions = await databases[0].QueryAsync("SELECT version FROM schema_migrations WHERE area = 'state' ORDER BY version", [],
            reader => reader.Long(0));
        Assert.Equal(Enumerable.Range(1, versions.Count).Select(v => (long)v), versions);
        Assert.Equal(provider == StateProvider.Sqlite ? SqliteSchema.Migrations.Count : PostgresSchema.Migrations.Count, versions.Count);
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task A_question_is_remembered_under_a_short_key_and_recalled_by_another_process(StateProvider provider)
    {
        // Arrange
        using var state = new TestStateDatabase(provider);
        var time = new ManualTimeProvider();
        var store = new SqlQuestionStore(state.Open(), time);

        // Act
        var key = await store.RememberAsync("When did the Berlin Wall fall?", "en");
        var sameKey = await store.RememberAsync("When did the Berlin Wall fall?", "en");
        var noLanguage = await store.RememberAsync("Kada griuvo Berlyno siena?", null);
        var recalled = await new SqlQuestionStore(state.Open(), time).RecallAsync(key);

        // Assert
        Assert.Equal(key, sameKey);
        Assert.Equal(new StoredQuestion(key, "When did the Berlin Wall fall?", "en"), recalled);
        Assert.Equal(new StoredQuestion(noLanguage, "Kada griuvo Berlyno siena?", null), await store.RecallAsync(noLanguage));
        Assert.Null(await store.RecallAsync("nope"));
    }

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(TestStateDatabase.Providers), MemberType = typeof(TestStateDatabase))]
    public async Task The_audit_log_lists_the_newest_entries_first(StateProvider provider)
    {
        // Arrange
        using var state = new TestStateDatabase(provider);
        var log = new SqlAuditLog(state.Open());
        var at = new DateTimeOffset(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);
        var first = new AuditEntry(at, Platform.Telegram, new ChatId("-100"), new UserId("7"), "Alice", "/reindex", "ok");
        var second = first with { At = at.AddMinutes(1), Platform = Platform.Discord, UserName = "Bob", Action = "/addsource x", Result = "refused" };

        // Act
        await log.RecordAsync(first);
        await log.RecordAsync(second);

        // Assert
        Assert.Equal([second, first], await new SqlAuditLog(state.Open()).RecentAsync(10));
        Assert.Equal([second], await log.RecentAsync(1));
    }

    [Fact(Timeout = 10_000)]
    public async Task A_state_db_written_by_the_earlier_per_area_stores_keeps_its_data_and_handled_ids()
    {
        // Arrange: the tables and rows an earlier release left (one migration area per store).
        using var temp = new TempDirectory();
        var path = temp.Combine("state.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE schema_migrations(area TEXT NOT NULL, version INTEGER NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY(area, version));
                INSERT INTO schema_migrations VALUES('questions', 1, '2026-01-01'), ('discord', 2, '2026-01-01'), ('telegram', 3, '2026-01-01');
                CREATE TABLE questions(key TEXT PRIMARY KEY, question TEXT NOT NULL, language TEXT, created_at TEXT NOT NULL);
                INSERT INTO questions VALUES('k1', 'Who was Mindaugas?', 'en', '2026-03-31T08:00:00.0000000+00:00');
                CREATE TABLE discord_handled(id TEXT PRIMARY KEY, handled_at TEXT NOT NULL);
                INSERT INTO discord_handled VALUES('111', '2026-03-31T08:00:00.0000000+00:00');
                CREATE TABLE telegram_updates(
                    bot_id INTEGER NOT NULL, update_id INTEGER NOT NULL, state TEXT NOT NULL, owner TEXT, payload TEXT,
                    received_at TEXT NOT NULL, finished_at TEXT, PRIMARY KEY(bot_id, update_id));
                INSERT INTO telegram_updates VALUES(5, 1, 'done', 'x', NULL, '2026-03-31T08:00:00.0000000Z', '2026-03-31T08:00:01.0000000Z');
                INSERT INTO telegram_updates VALUES(5, 2, 'received', NULL, '{"update_id":2}', '2026-03-31T08:00:00.0000000Z', NULL);
                """;
            command.ExecuteNonQuery();
        }
        var time = new ManualTimeProvider();

        // Act
        var database = new SqliteStateDatabase(path);
        var handled = new SqlHandledOnceStore(database, time);
        var telegram = new SqlTelegramStateStore(database, handled, time, 5);

        // Assert
        Assert.Equal("Who was Mindaugas?", (await new SqlQuestionStore(database, time).RecallAsync("k1"))!.Question);
        Assert.False(await handled.TryClaimAsync(new HandledKey(Platform.Discord, "111"), null));
        Assert.False(await telegram.TryBeginAsync(1));
        Assert.Equal(["{\"update_id\":2}"], await telegram.UnfinishedAsync());
    }

    [Fact]
    public void Without_a_connection_string_the_state_is_a_sqlite_file_in_the_data_directory()
    {
        // Arrange
        using var temp = new TempDirectory();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new StorageOptions { DataDirectory = temp.Path }));
        services.AddSingleton(TimeProvider.System);
        services.AddStateStores();

        // Act
        using var provider = services.BuildServiceProvider();
        var database = provider.GetRequiredService<IStateDatabase>();

        // Assert
        Assert.Equal(StateProvider.Sqlite, database.Provider);
        Assert.True(File.Exists(temp.Combine("state.db")));
    }

    [PostgresFact(Timeout = 20_000)]
    public async Task With_a_PostgreSQL_server_in_HISTORYBOT_TEST_POSTGRES_all_state_goes_there_and_no_state_db_is_created()
    {
        // Arrange
        using var state = new TestStateDatabase(StateProvider.Postgres);
        using var temp = new TempDirectory();
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new StorageOptions
        {
            DataDirectory = temp.Path,
            PostgresConnectionString = state.ConnectionString,
        }));
        services.AddSingleton(TimeProvider.System);
        services.AddStateStores();

        // Act
        using var provider = services.BuildServiceProvider();
        var key = await provider.GetRequiredService<IQuestionStore>().RememberAsync("Who built Trakai castle?", "en");

        // Assert
        Assert.Equal(StateProvider.Postgres, provider.GetRequiredService<IStateDatabase>().Provider);
        Assert.Equal("Who built Trakai castle?", (await new SqlQuestionStore(state.Open(), TimeProvider.System).RecallAsync(key))!.Question);
        Assert.False(File.Exists(temp.Combine("state.db")));
    }
}
