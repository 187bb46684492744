using HistoryBot.Core.Chat;

namespace HistoryBot.Core.Administration;

/// <summary>Who asked for an admin action, and from where: the "who" and "where" of the audit log.</summary>
public sealed record AdminActor(Platform Platform, ChatId ChatId, UserId UserId, string UserName)
{
    public static AdminActor From(ChatMessage message) => new(message.Platform, message.ChatId, message.UserId, message.UserName);

    /// <summary>"alice (Telegram)", as shown to other admins.</summary>
    public string Describe() => $"{UserName} ({Platform})";
}
