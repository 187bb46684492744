namespace HistoryBot.Core.Facts;

/// <summary>What became of an attempt to post a chat's fact of the day.</summary>
public enum PostAttemptResult
{
    Sent,

    /// <summary>The day's fact was already sent (by this process or another).</summary>
    AlreadyPosted,

    /// <summary>Another process holds the day's post right now.</summary>
    InProgress,

    /// <summary>A process stopped while sending the day's fact; it is not sent again.</summary>
    Unconfirmed,

    /// <summary>The transport failed; tried again at <see cref="PostAttempt.RetryAt"/>.</summary>
    RetryLater,

    /// <summary>Failed too often today; tomorrow is a new day.</summary>
    GaveUp,

    /// <summary>The bot was removed or blocked there; the subscription is now off.</summary>
    Forbidden,

    /// <summary>The library has no facts to post.</summary>
    NoFacts,

    /// <summary>This process cannot post to the chat's platform; the day is left to one that can.</summary>
    NoTransport,
}
