namespace HistoryBot.Core.Settings;

/// <summary>Which plain messages of a group chat are questions for the bot.</summary>
public enum QuestionMode
{
    /// <summary>Only commands, mentions of the bot and replies to it (the default).</summary>
    Mentions,

    /// <summary>Every plain text message of the chat (an "#ask-history" channel).</summary>
    All,
}
