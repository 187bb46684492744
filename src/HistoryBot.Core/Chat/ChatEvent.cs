namespace HistoryBot.Core.Chat;

/// <summary>
/// What an adapter hands the core — a <see cref="ChatMessage"/> or a <see cref="ChatAction"/> —
/// with the <see cref="ChatOrigin"/> it came from; the properties read the origin.
/// </summary>
public abstract record ChatEvent(ChatOrigin Origin)
{
    public Platform Platform => Origin.Platform;

    public ChatId ChatId => Origin.ChatId;

    public UserId UserId => Origin.UserId;

    public string UserName => Origin.UserName;

    public ChatRole Role => Origin.Role;

    public ChatKind ChatKind => Origin.ChatKind;

    public string? LanguageHint => Origin.LanguageHint;
}
