using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.State;

/// <summary>
/// The SQLite file that holds the bot's state (state.db in the data directory). Each area
/// (questions, subscriptions, audit…) brings its own numbered migrations, applied once,
/// in order, and recorded in schema_migrations.
/// </summary>
public sealed class StateDatabase
{
    private readonly string _connectionString;
    private readonly Lock _migrationGate = new();
    private readonly HashSet<string> _migratedAreas = [];

    public StateDatabase(IOptions<StorageOptions> storage)
        : this(System.IO.Path.Combine(storage.Value.DataDirectory, "state.db"))
    {
    }

    public StateDatabase(string path)
    {
        Path = path;
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (directory is not null)
            Directory.CreateDirectory(directory);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS schema_migrations(area TEXT NOT NULL, version INTEGER NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY(area, version));
            """;
        command.ExecuteNonQuery();
    }

    public string Path { get; }

    /// <summary>An open connection; several processes may share the file (WAL, busy timeout).</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";
        command.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Applies the area's migrations not yet applied; step i is version i + 1.</summary>
    public void Migrate(string area, IReadOnlyList<string> steps)
    {
        lock (_migrationGate)
        {
            if (_migratedAreas.Contains(area))
                return;
            using var connection = Open();
            using var transaction = connection.BeginTransaction(deferred: false);
            long applied;
            using (var query = connection.CreateCommand())
            {
                query.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations WHERE area = $area";
                query.Parameters.AddWithValue("$area", area);
                applied = (long)query.ExecuteScalar()!;
            }
            for (var version = (int)applied + 1; version <= steps.Count; version++)
            {
                using var step = connection.CreateCommand();
                step.CommandText = steps[version - 1];
                step.ExecuteNonQuery();
                using var record = connection.CreateCommand();
                record.CommandText = "INSERT INTO schema_migrations(area, version, applied_at) VALUES($area, $version, datetime('now'))";
                record.Parameters.AddWithValue("$area", area);
                record.Parameters.AddWithValue("$version", version);
                record.ExecuteNonQuery();
            }
            transaction.Commit();
            _migratedAreas.Add(area);
        }
    }
}
