using HistoryBot.Core.State;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Text.Synonyms;

/// <summary>Deletes removed synonym pairs that waited in the trash longer than Retention:Trash, as removed sources do.</summary>
public sealed class SynonymTrashRetention(IAdminSynonymStore store, IOptions<RetentionOptions> options) : IRetentionTask
{
    public string Name => "synonym trash";

    public Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        store.PurgeRemovedAsync(now - options.Value.Trash, cancellationToken);
}
