using System.Data.Common;

namespace HistoryBot.Core.State;

/// <summary>
/// The seam every state store goes through: one database (SQLite file or PostgreSQL), migrated
/// once on open from its provider's single migration list. Stores write portable SQL with
/// <c>@name</c> parameters through <see cref="Sql"/>; where the dialects differ they ask
/// <see cref="Provider"/>.
/// </summary>
public interface IStateDatabase
{
    StateProvider Provider { get; }

    /// <summary>For logs and /status: the file path or host/database, never a password.</summary>
    string Description { get; }

    /// <summary>An open pooled connection; dispose it after use.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);
}
