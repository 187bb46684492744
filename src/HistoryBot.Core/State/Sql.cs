using System.Data.Common;

namespace HistoryBot.Core.State;

/// <summary>
/// The one small SQL helper of the state stores: a pooled connection per call, named
/// <c>@parameters</c> (both providers read them), nulls sent as SQL NULL.
/// </summary>
internal static class Sql
{
    public static async Task<int> ExecuteAsync(this IStateDatabase database, string sql, IReadOnlyList<(string Name, object? Value)> args,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, args);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<object?> ScalarAsync(this IStateDatabase database, string sql, IReadOnlyList<(string Name, object? Value)> args,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, args);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    public static async Task<List<T>> QueryAsync<T>(this IStateDatabase database, string sql, IReadOnlyList<(string Name, object? Value)> args,
        Func<DbDataReader, T> read, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, args);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(read(reader));
        return rows;
    }

    public static DbCommand Command(DbConnection connection, string sql, IReadOnlyList<(string Name, object? Value)> args, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in args)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>Integers read the same from both providers (SQLite INTEGER, PostgreSQL BIGINT).</summary>
    public static long Long(this DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);

    public static string? NullableString(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? NullableLong(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.Long(ordinal);

    /// <summary>Fixed-width UTC text: compares correctly as text in both providers.</summary>
    public static string Text(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
