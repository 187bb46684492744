using System.Data.Common;
using Npgsql;

namespace HistoryBot.Core.State;

/// <summary>
/// The state in a PostgreSQL database that every replica shares (Storage:PostgresConnectionString).
/// The schema is migrated once on open, under an advisory lock, so replicas starting together
/// migrate it once.
/// </summary>
public sealed class PostgresStateDatabase : IStateDatabase, IDisposable
{
    /// <summary>Advisory lock keys of this application (pg_advisory_lock takes any bigint).</summary>
    internal const long MigrationLock = 0x4869_7374_0001;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresStateDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = $"PostgreSQL {builder.Host}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder);
        Migrate();
    }

    public StateProvider Provider => StateProvider.Postgres;

    public string Description { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public void Dispose() => _dataSource.Dispose();

    private void Migrate()
    {
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using (var setup = Sql.Command(connection, """
            SELECT pg_advisory_xact_lock(@key);
            CREATE TABLE IF NOT EXISTS schema_migrations(area TEXT NOT NULL, version BIGINT NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY(area, version));
            """, [("key", MigrationLock)], transaction))
        {
            setup.ExecuteNonQuery();
        }
        StateMigrator.Apply(connection, transaction, PostgresSchema.Migrations);
        transaction.Commit();
    }
}
