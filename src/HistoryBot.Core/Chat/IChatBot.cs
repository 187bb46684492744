namespace HistoryBot.Core.Chat;

/// <summary>The platform-neutral bot every adapter talks to.</summary>
public interface IChatBot
{
    /// <summary>The commands, for platform command menus and slash-command registration.</summary>
    IReadOnlyList<CommandInfo> Commands { get; }

    /// <summary>Handles a message addressed to the bot; never throws for bad input, always replies.</summary>
    Task<Reply> HandleAsync(ChatMessage message, CancellationToken cancellationToken = default);

    /// <summary>Handles a pressed button; the reply replaces the message the button was under.</summary>
    Task<Reply> HandleActionAsync(ChatAction action, CancellationToken cancellationToken = default);
}
