namespace HistoryBot.Core.Chat;

/// <summary>
/// Who wrote to the bot and where, as the adapter worked it out: the platform, chat and user,
/// the sender's role there, the kind of chat, and a language hint from the user's client.
/// Every <see cref="ChatEvent"/> comes from one.
/// </summary>
public sealed record ChatOrigin(
    Platform Platform,
    ChatId ChatId,
    UserId UserId,
    string UserName,
    ChatRole Role,
    ChatKind ChatKind,
    string? LanguageHint = null);
