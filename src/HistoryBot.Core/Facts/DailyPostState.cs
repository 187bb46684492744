namespace HistoryBot.Core.Facts;

/// <summary>Where a chat's stored daily post stands (the record in the post log; an attempt's result is a <see cref="PostAttemptResult"/>). Only <see cref="Claimed"/> and <see cref="Failed"/> may be taken up again.</summary>
public enum DailyPostState
{
    /// <summary>A process holds the day's slot and has chosen the fact, but has not begun to send.</summary>
    Claimed,

    /// <summary>Handed to the transport. If the process dies now nobody knows whether it went out, so it is never sent again.</summary>
    Sending,

    Sent,

    /// <summary>The transport failed in a way that may pass; retried later the same day.</summary>
    Failed,

    /// <summary>The bot was removed or blocked there; the subscription was deactivated.</summary>
    Forbidden,

    /// <summary>Interrupted while sending: it may have gone out, so it is never sent again.</summary>
    Unconfirmed,

    /// <summary>Failed too often: no more tries that day.</summary>
    GaveUp,
}
