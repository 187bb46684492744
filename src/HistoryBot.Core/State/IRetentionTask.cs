namespace HistoryBot.Core.State;

/// <summary>One kind of data the retention trims, run by <see cref="RetentionService"/> at every interval.</summary>
public interface IRetentionTask
{
    string Name { get; }

    /// <summary>Forgets what is older than its retention at <paramref name="now"/>; returns how many items went.</summary>
    Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken = default);
}
