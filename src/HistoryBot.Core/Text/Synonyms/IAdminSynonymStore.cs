namespace HistoryBot.Core.Text.Synonyms;

/// <summary>
/// Where the admins' synonym pairs are kept (the state database, shared by replicas). Removing
/// a pair moves it to the trash, from which it can be restored until the retention purges it.
/// Every add, remove and restore raises <see cref="VersionAsync"/>, which replicas poll.
/// </summary>
public interface IAdminSynonymStore
{
    /// <summary>A counter raised by every change; equal versions mean equal pairs in use.</summary>
    Task<long> VersionAsync(CancellationToken cancellationToken = default);

    /// <summary>The pairs in use, oldest first.</summary>
    Task<IReadOnlyList<AdminSynonym>> ActiveAsync(CancellationToken cancellationToken = default);

    /// <summary>The pairs in the trash, most recently removed first.</summary>
    Task<IReadOnlyList<AdminSynonym>> RemovedAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds a pair unless the same pair is in use for that language or <paramref name="maxActive"/> pairs are.</summary>
    Task<AdminSynonymWrite> AddAsync(AdminSynonymPair pair, string by, int maxActive, CancellationToken cancellationToken = default);

    /// <summary>Moves a pair in use to the trash.</summary>
    Task<AdminSynonymWrite> RemoveAsync(long id, string by, CancellationToken cancellationToken = default);

    /// <summary>Puts a pair from the trash back in use, unless the same pair was added again meanwhile or <paramref name="maxActive"/> are in use.</summary>
    Task<AdminSynonymWrite> RestoreAsync(long id, int maxActive, CancellationToken cancellationToken = default);

    /// <summary>Deletes pairs that were removed before <paramref name="before"/>; returns how many.</summary>
    Task<int> PurgeRemovedAsync(DateTimeOffset before, CancellationToken cancellationToken = default);
}
