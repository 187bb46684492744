namespace HistoryBot.Core.Chat;

/// <summary>A button pressed under one of the bot's replies; <see cref="Data"/> is the button's data.</summary>
public sealed record ChatAction(
    Platform Platform,
    ChatId ChatId,
    UserId UserId,
    string UserName,
    ChatRole Role,
    ChatKind ChatKind,
    string Data,
    string? LanguageHint = null);
