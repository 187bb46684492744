using Microsoft.Extensions.Options;

namespace HistoryBot.Core.State;

/// <summary>The retention of the state database: remembered questions, handled ids, the audit log, votes under answers, unanswered questions.</summary>
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
        // Votes carry the question, so they go with the questions' retention; an owed reason after two minutes.
        var votes = await database.ExecuteAsync("DELETE FROM feedback WHERE at < @before",
            [("before", Sql.Text(now - retention.Questions))], cancellationToken);
        var pending = await database.ExecuteAsync("DELETE FROM feedback_pending WHERE until_ms < @now",
            [("now", now.ToUnixTimeMilliseconds())], cancellationToken);
        var unanswered = await database.ExecuteAsync("DELETE FROM unanswered WHERE at < @before",
            [("before", Sql.Text(now - retention.Questions))], cancellationToken);
        return questions + ids + audit + votes + pending + unanswered;
    }
}
