using System.Data.Common;

namespace HistoryBot.Core.State;

/// <summary>
/// The library lock as a PostgreSQL session advisory lock, held on a connection of its own for
/// as long as the change and its build run. A replica that dies loses its connection, and
/// PostgreSQL releases the lock with it. Advisory locks belong to the whole database, so the key
/// is (the application's key, the schema's hash): bots in different schemas never block each other.
/// </summary>
public sealed class PostgresLibraryLock(IStateDatabase database) : ILibraryLock
{
    /// <summary>The first half of the two-part advisory lock key ("Hist").</summary>
    internal const int LibraryLockKey = 0x4869_7374;

    public async Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken);
        try
        {
            await using var command = Sql.Command(connection, "SELECT pg_try_advisory_lock(@key, hashtext(current_schema()))", [("key", LibraryLockKey)]);
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
                return new Held(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    private sealed class Held(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                // Unlocked explicitly: the pooled connection (and its session) outlives this handle.
                await using var command = Sql.Command(connection, "SELECT pg_advisory_unlock(@key, hashtext(current_schema()))", [("key", LibraryLockKey)]);
                await command.ExecuteScalarAsync(CancellationToken.None);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
