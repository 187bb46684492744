namespace HistoryBot.Core.Chat;

/// <summary>A command of the chat core; registered in DI, found by name.</summary>
public interface IChatCommand
{
    CommandInfo Info { get; }

    /// <summary>Runs the command; the role was already checked against <see cref="CommandInfo.MinimumRole"/>.</summary>
    Task<Reply> ExecuteAsync(ChatMessage message, string arguments, CancellationToken cancellationToken);
}
