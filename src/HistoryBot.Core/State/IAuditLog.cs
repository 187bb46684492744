namespace HistoryBot.Core.State;

/// <summary>The record of admin and moderator actions, kept in the state store.</summary>
public interface IAuditLog
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The newest entries first.</summary>
    Task<IReadOnlyList<AuditEntry>> RecentAsync(int count, CancellationToken cancellationToken = default);
}
