namespace HistoryBot.Core.Chat;

/// <summary>The platform-neutral bot every adapter talks to.</summary>
public interface IChatBot
{
    /// <summary>The commands, for platform command menus and slash-command registration.</summary>
    IReadOnlyList<CommandInfo> Commands { get; }

    /// <summary>
    /// Handles a message addressed to the bot and always replies: bad input and a fault in a
    /// command alike become an error reply here, so an adapter needs no catch-all of its own.
    /// Throws only <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    Task<Reply> HandleAsync(ChatMessage message, CancellationToken cancellationToken = default);

    /// <summary>Handles a pressed button, with the same promise; the reply replaces the message the button was under.</summary>
    Task<Reply> HandleActionAsync(ChatAction action, CancellationToken cancellationToken = default);

    /// <summary>
    /// A message the bot asked this user for (the reason of a 👎, on platforms that take it as
    /// the user's next message in the chat), handled and replied to; null when the user owes
    /// nothing here and the message goes its usual way. Adapters call it for every text message
    /// of a user, also one not addressed to the bot.
    /// </summary>
    Task<Reply?> HandleFollowUpAsync(ChatMessage message, CancellationToken cancellationToken = default) => Task.FromResult<Reply?>(null);
}
