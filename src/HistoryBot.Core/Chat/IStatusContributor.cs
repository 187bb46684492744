namespace HistoryBot.Core.Chat;

/// <summary>Adds lines to /status (connected adapters, daily-fact posts, admin actions…).</summary>
public interface IStatusContributor
{
    Task<IReadOnlyList<string>> LinesAsync(CancellationToken cancellationToken);
}
