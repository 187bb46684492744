using HistoryBot.Core.State;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Administration;

/// <summary>Deletes removed sources that waited in the trash longer than Retention:Trash.</summary>
public sealed class TrashRetention(SourceManager sources, IOptions<RetentionOptions> options) : IRetentionTask
{
    public string Name => "trash";

    public Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Task.FromResult(sources.PurgeTrash(now - options.Value.Trash));
}
