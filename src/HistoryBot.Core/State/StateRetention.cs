using Microsoft.Extensions.Options;

namespace HistoryBot.Core.State;

/// <summary>The retention of the state database: remembered questions, handled ids, the audit log.</summary>
public sealed class StateRetention(IStateDatabase database, IHandledOnceStore handled, IOptions<RetentionOptions> options) : IRetentionTask
{
    public string Name => "state";

    public async Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var retention = options.Value;
        var questions = await database.ExecuteAsync("DELETE FROM questions WHERE created_at < @before",
            [("before", Sql.Text(now - retention.Questions))], cancellationToken);
        var ids = await handled.PurgeAsync(now - retention.HandledIds, cancellationToken: cancellationToken);
        var audit = await database.ExecuteAsync("DELETE FROM audit WHERE at < @before",
            [("before", Sql.Text(now - retention.Audit))], cancellationToken);
        return questions + ids + audit;
    }
}
