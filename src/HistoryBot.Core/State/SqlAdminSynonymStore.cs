using System.Data.Common;
using System.Globalization;
using HistoryBot.Core.Text.Synonyms;

namespace HistoryBot.Core.State;

/// <summary>
/// The admins' synonym pairs in the state database (table synonyms; removed ones keep their row
/// with removed_at set, as the trash) and their change counter (synonym_version), raised in the
/// same transaction as each change. A unique index over the pairs in use keeps two processes
/// from adding the same pair twice.
/// </summary>
public sealed class SqlAdminSynonymStore(IStateDatabase database, TimeProvider time) : IAdminSynonymStore
{
    private const string AllLanguages = "*";
    private const string Columns = "id, language, first_key, second_key, first_text, second_text, added_at, added_by, removed_at, removed_by";

    public async Task<long> VersionAsync(CancellationToken cancellationToken = default) =>
        Convert.ToInt64(await database.ScalarAsync("SELECT version FROM synonym_version WHERE id = 1", [], cancellationToken) ?? 0L, CultureInfo.InvariantCulture);

    public async Task<IReadOnlyList<AdminSynonym>> ActiveAsync(CancellationToken cancellationToken = default) =>
        await database.QueryAsync($"SELECT {Columns} FROM synonyms WHERE removed_at IS NULL ORDER BY id", [], Read, cancellationToken);

    public async Task<IReadOnlyList<AdminSynonym>> RemovedAsync(CancellationToken cancellationToken = default) =>
        await database.QueryAsync($"SELECT {Columns} FROM synonyms WHERE removed_at IS NOT NULL ORDER BY removed_at DESC, id DESC", [], Read, cancellationToken);

    public Task<AdminSynonymWrite> AddAsync(AdminSynonymPair pair, string by, int maxActive, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var key = Key(pair.Language, pair.First, pair.Second);
            var added = await QueryAsync(connection, transaction, $"""
                INSERT INTO synonyms(language, first_key, second_key, first_text, second_text, added_at, added_by)
                SELECT @language, @first, @second, @first_text, @second_text, @at, @by
                WHERE (SELECT count(*) FROM synonyms WHERE removed_at IS NULL) < @max
                ON CONFLICT(language, first_key, second_key) WHERE removed_at IS NULL DO NOTHING
                RETURNING {Columns}
                """,
                [.. key, ("first_text", pair.FirstText), ("second_text", pair.SecondText), ("at", Sql.Text(time.GetUtcNow())), ("by", by), ("max", (long)maxActive)],
                cancellationToken);
            if (added is not null)
                return await ChangedAsync(connection, transaction, added, cancellationToken);
            var existing = await QueryAsync(connection, transaction,
                $"SELECT {Columns} FROM synonyms WHERE language = @language AND first_key = @first AND second_key = @second AND removed_at IS NULL", key, cancellationToken);
            return existing is null ? new AdminSynonymWrite(AdminSynonymWriteStatus.Full) : new AdminSynonymWrite(AdminSynonymWriteStatus.Duplicate, existing);
        }, cancellationToken);

    public Task<AdminSynonymWrite> RemoveAsync(long id, string by, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var removed = await QueryAsync(connection, transaction,
                $"UPDATE synonyms SET removed_at = @at, removed_by = @by WHERE id = @id AND removed_at IS NULL RETURNING {Columns}",
                [("id", id), ("at", Sql.Text(time.GetUtcNow())), ("by", by)], cancellationToken);
            return removed is null ? new AdminSynonymWrite(AdminSynonymWriteStatus.NotFound) : await ChangedAsync(connection, transaction, removed, cancellationToken);
        }, cancellationToken);

    public Task<AdminSynonymWrite> RestoreAsync(long id, int maxActive, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var trashed = await QueryAsync(connection, transaction, $"SELECT {Columns} FROM synonyms WHERE id = @id AND removed_at IS NOT NULL",
                [("id", id)], cancellationToken);
            if (trashed is null)
                return new AdminSynonymWrite(AdminSynonymWriteStatus.NotFound);
            var again = await QueryAsync(connection, transaction,
                $"SELECT {Columns} FROM synonyms WHERE language = @language AND first_key = @first AND second_key = @second AND removed_at IS NULL",
                Key(trashed.Language, trashed.First, trashed.Second), cancellationToken);
            if (again is not null)
                return new AdminSynonymWrite(AdminSynonymWriteStatus.Duplicate, again);
            var restored = await QueryAsync(connection, transaction, $"""
                UPDATE synonyms SET removed_at = NULL, removed_by = NULL
                WHERE id = @id AND (SELECT count(*) FROM synonyms WHERE removed_at IS NULL) < @max
                RETURNING {Columns}
                """,
                [("id", id), ("max", (long)maxActive)], cancellationToken);
            return restored is null ? new AdminSynonymWrite(AdminSynonymWriteStatus.Full) : await ChangedAsync(connection, transaction, restored, cancellationToken);
        }, cancellationToken);

    public Task<int> PurgeRemovedAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync("DELETE FROM synonyms WHERE removed_at IS NOT NULL AND removed_at < @before", [("before", Sql.Text(before))], cancellationToken);

    private static (string Name, object? Value)[] Key(string? language, string first, string second) =>
        [("language", language ?? AllLanguages), ("first", first), ("second", second)];

    /// <summary>Raises the version in the change's transaction, so a replica that sees the new version sees the change.</summary>
    private static async Task<AdminSynonymWrite> ChangedAsync(DbConnection connection, DbTransaction transaction, AdminSynonym entry, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, "UPDATE synonym_version SET version = version + 1 WHERE id = 1", [], transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new AdminSynonymWrite(AdminSynonymWriteStatus.Done, entry);
    }

    private async Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private static async Task<AdminSynonym?> QueryAsync(DbConnection connection, DbTransaction transaction, string sql,
        IReadOnlyList<(string Name, object? Value)> args, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, sql, args, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static AdminSynonym Read(DbDataReader reader) => new(
        reader.Long(0),
        reader.GetString(1) is var language && language == AllLanguages ? null : language,
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture),
        reader.GetString(7),
        reader.NullableString(8) is { } removed ? DateTimeOffset.Parse(removed, CultureInfo.InvariantCulture) : null,
        reader.NullableString(9));
}
