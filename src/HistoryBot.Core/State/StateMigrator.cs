using System.Data.Common;

namespace HistoryBot.Core.State;

/// <summary>
/// Applies a provider's migration list inside the caller's transaction (which holds the
/// provider's lock): step i is version i + 1 of the area "state" in schema_migrations.
/// </summary>
internal static class StateMigrator
{
    public const string Area = "state";

    public static void Apply(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> steps)
    {
        long applied;
        using (var query = Sql.Command(connection, "SELECT coalesce(max(version), 0) FROM schema_migrations WHERE area = @area", [("area", Area)], transaction))
            applied = Convert.ToInt64(query.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        for (var version = (int)applied + 1; version <= steps.Count; version++)
        {
            using (var step = Sql.Command(connection, steps[version - 1], [], transaction))
                step.ExecuteNonQuery();
            using var record = Sql.Command(connection,
                "INSERT INTO schema_migrations(area, version, applied_at) VALUES(@area, @version, @at)",
                [("area", Area), ("version", (long)version), ("at", Sql.Text(DateTimeOffset.UtcNow))], transaction);
            record.ExecuteNonQuery();
        }
    }
}
