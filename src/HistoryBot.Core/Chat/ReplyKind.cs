namespace HistoryBot.Core.Chat;

public enum ReplyKind
{
    /// <summary>A passage that answers a question.</summary>
    Answer,

    /// <summary>An honest "not in my sources".</summary>
    NotFound,

    /// <summary>Help, lists, status, facts and other information.</summary>
    Info,

    /// <summary>The user's input was not usable; the reply says why.</summary>
    Error,

    /// <summary>The user may not run this.</summary>
    Refusal,

    /// <summary>Too many questions too fast.</summary>
    RateLimited,

    /// <summary>
    /// Nothing to say: a message nobody addressed to the bot, in a chat where every message is a
    /// question, that is small talk ("ok thanks"): not answered and not worded as a question.
    /// Adapters send nothing.
    /// </summary>
    None,
}
