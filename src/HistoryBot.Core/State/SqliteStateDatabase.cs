using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace HistoryBot.Core.State;

/// <summary>
/// The state in state.db in the data directory: the embedded default. Several processes on one
/// machine may share the file (WAL, busy timeout); the schema is migrated once on open.
/// </summary>
public sealed class SqliteStateDatabase : IStateDatabase
{
    private readonly string _connectionString;

    public SqliteStateDatabase(string path)
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
        Migrate();
    }

    public string Path { get; }

    public StateProvider Provider => StateProvider.Sqlite;

    public string Description => "SQLite " + Path;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private void Migrate()
    {
        using var connection = OpenAsync().GetAwaiter().GetResult();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = """
                PRAGMA journal_mode=WAL;
                CREATE TABLE IF NOT EXISTS schema_migrations(area TEXT NOT NULL, version INTEGER NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY(area, version));
                """;
            setup.ExecuteNonQuery();
        }
        // An immediate transaction takes the write lock first, so two processes opening a fresh file migrate it once.
        using var transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
        StateMigrator.Apply(connection, transaction, SqliteSchema.Migrations);
        transaction.Commit();
    }
}
