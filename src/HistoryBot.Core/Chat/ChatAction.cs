namespace HistoryBot.Core.Chat;

/// <summary>
/// A button pressed under one of the bot's replies; <see cref="Data"/> is the button's data.
/// <see cref="Input"/> is text the user typed for it when the reply asked for some
/// (<see cref="Reply.AskReason"/>: a Discord modal, a Telegram next message, a terminal prompt).
/// </summary>
public sealed record ChatAction(ChatOrigin Origin, string Data, string? Input = null) : ChatEvent(Origin);
