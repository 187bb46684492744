using HistoryBot.Core.Chat;
using HistoryBot.Core.State;

namespace HistoryBot.Core.Administration;

/// <summary>/status: the last admin and moderator actions from the audit log.</summary>
public sealed class AuditStatusContributor(IAuditLog log) : IStatusContributor
{
    public const int Shown = 5;

    public async Task<IReadOnlyList<string>> LinesAsync(CancellationToken cancellationToken)
    {
        var entries = await log.RecentAsync(Shown, cancellationToken);
        if (entries.Count == 0)
            return ["Last admin actions: none yet"];
        var lines = new List<string> { "Last admin actions:" };
        foreach (var entry in entries)
            lines.Add($"• {ReindexCoordinator.Clock(entry.At)} {entry.UserName} ({entry.Platform}, chat {entry.ChatId}): {entry.Action} → {entry.Result}");
        return lines;
    }
}
