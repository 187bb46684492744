namespace HistoryBot.Core.Chat;

public enum ChatKind
{
    /// <summary>A one-to-one chat with the bot: any text is a question.</summary>
    Private,

    /// <summary>A group, supergroup, server channel: only what is addressed to the bot.</summary>
    Group,
}
