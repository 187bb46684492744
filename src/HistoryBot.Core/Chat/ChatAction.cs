namespace HistoryBot.Core.Chat;

/// <summary>A button pressed under one of the bot's replies; <see cref="Data"/> is the button's data.</summary>
public sealed record ChatAction(ChatOrigin Origin, string Data) : ChatEvent(Origin);
