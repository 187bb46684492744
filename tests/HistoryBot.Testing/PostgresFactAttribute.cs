using Xunit;

namespace HistoryBot.Testing;

/// <summary>
/// A test that needs a PostgreSQL server. Without HISTORYBOT_TEST_POSTGRES it is reported as
/// skipped with the reason (one visible line in the test output), except in CI (CI=true), where
/// it runs and fails, because there the server must be there.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestStateDatabase.PostgresConnectionString is null && !TestStateDatabase.PostgresRequired)
            Skip = $"PostgreSQL tests were not run: no server ({TestStateDatabase.PostgresVariable} is not set; README 'Tests' says how to start one)";
    }
}
