namespace HistoryBot.Discord;

/// <summary>What kind of failure a <see cref="DiscordException"/> reports; callers decide by kind, not by status code.</summary>
public enum DiscordFailure
{
    /// <summary>The request was malformed or refused as invalid (4xx other than the ones below).</summary>
    BadRequest,

    /// <summary>The token was rejected (HTTP 401, gateway close 4004).</summary>
    Unauthorized,

    /// <summary>The bot may not do this there (HTTP 403: Missing Access, Missing Permissions).</summary>
    Forbidden,

    /// <summary>The channel, message or interaction no longer exists (HTTP 404).</summary>
    NotFound,

    /// <summary>Discord failed (5xx) or could not be reached.</summary>
    Unavailable,

    /// <summary>The gateway closed with a code that must not be retried (4004, 4010–4014).</summary>
    GatewayRejected,
}
