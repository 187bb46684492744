namespace HistoryBot.Core.State;

/// <summary>Where the bot's state lives.</summary>
public enum StateProvider
{
    /// <summary>state.db in the data directory: embedded, nothing to install; processes on one machine may share it.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by every replica (Storage:PostgresConnectionString).</summary>
    Postgres,
}
