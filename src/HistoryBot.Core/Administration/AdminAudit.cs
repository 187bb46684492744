using HistoryBot.Core.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HistoryBot.Core.Administration;

/// <summary>
/// Writes admin actions to the audit log with the time they ended. A failing audit store is
/// logged, never thrown: the action itself already happened and the admin must hear how it went.
/// </summary>
public sealed class AdminAudit(IAuditLog log, TimeProvider time, ILogger<AdminAudit>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<AdminAudit>.Instance;

    public async Task RecordAsync(AdminActor actor, string action, string result, CancellationToken cancellationToken = default)
    {
        var entry = new AuditEntry(time.GetUtcNow(), actor.Platform, actor.ChatId, actor.UserId, actor.UserName, action, result);
        try
        {
            await log.RecordAsync(entry, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogError(ex, "Could not record {Action} by {User} in the audit log (result: {Result})", action, actor.UserName, result);
        }
    }
}
