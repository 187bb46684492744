namespace HistoryBot.Core.Chat;

/// <summary>Handles the buttons whose data starts with "<see cref="Prefix"/>:".</summary>
public interface IChatActionHandler
{
    string Prefix { get; }

    /// <summary>The lowest role that may press these buttons.</summary>
    ChatRole MinimumRole => ChatRole.Member;

    Task<Reply> HandleAsync(ChatAction action, string payload, CancellationToken cancellationToken);
}
