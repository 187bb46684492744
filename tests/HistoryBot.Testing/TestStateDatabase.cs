using HistoryBot.Core.State;
using Npgsql;
using Xunit;

namespace HistoryBot.Testing;

/// <summary>
/// One state database for a test, on either provider: a state.db in a temp folder, or a fresh
/// schema on the PostgreSQL server named by HISTORYBOT_TEST_POSTGRES (dropped on dispose).
/// Each <see cref="Open"/> is a new process's view of the same data.
/// </summary>
public sealed class TestStateDatabase : IDisposable
{
    public const string PostgresVariable = "HISTORYBOT_TEST_POSTGRES";

    private readonly TempDirectory? _temp;
    private readonly string? _postgres;
    private readonly string? _schema;
    private readonly List<IDisposable> _opened = [];

    public TestStateDatabase(StateProvider provider)
    {
        Provider = provider;
        if (provider == StateProvider.Sqlite)
        {
            _temp = new TempDirectory();
            return;
        }
        var server = PostgresConnectionString ?? throw new InvalidOperationException(
            $"CI=true but {PostgresVariable} is not set: the PostgreSQL tests must run in CI (.ci/run starts a server).");
        _schema = "t_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE SCHEMA {_schema}";
            command.ExecuteNonQuery();
        }
        _postgres = new NpgsqlConnectionStringBuilder(server) { SearchPath = _schema }.ToString();
    }

    /// <summary>The server the PostgreSQL tests use, or null when none is configured.</summary>
    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>In CI (CI=true) the PostgreSQL tests must run: a missing server fails them instead of leaving them out.</summary>
    public static bool PostgresRequired => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The providers to run the store tests on: SQLite always, PostgreSQL where a server is configured (or required).</summary>
    public static TheoryData<StateProvider> Providers
    {
        get
        {
            var providers = new TheoryData<StateProvider> { StateProvider.Sqlite };
            if (PostgresConnectionString is not null || PostgresRequired)
                providers.Add(StateProvider.Postgres);
            return providers;
        }
    }

    public StateProvider Provider { get; }

    /// <summary>The PostgreSQL connection string of this test's schema (null for SQLite).</summary>
    public string? ConnectionString => _postgres;

    /// <summary>The state.db path (null for PostgreSQL).</summary>
    public string? SqlitePath => _temp?.Combine("state.db");

    public IStateDatabase Open()
    {
        if (_postgres is null)
            return new SqliteStateDatabase(SqlitePath!);
        var database = new PostgresStateDatabase(_postgres);
        _opened.Add(database);
        return database;
    }

    public void Dispose()
    {
        foreach (var database in _opened)
            database.Dispose();
        _temp?.Dispose();
        if (_schema is null)
            return;
        try
        {
            using var connection = new NpgsqlConnection(PostgresConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP SCHEMA {_schema} CASCADE";
            command.ExecuteNonQuery();
        }
        catch (NpgsqlException)
        {
            // The throw-away server goes away at the end of the run anyway.
        }
    }
}
