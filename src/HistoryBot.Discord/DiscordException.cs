using System.Net;

namespace HistoryBot.Discord;

/// <summary>
/// The one exception the Discord client throws. Messages name the route template, never the
/// concrete URL: interaction and webhook URLs carry tokens.
/// </summary>
public sealed class DiscordException(string message, DiscordFailure failure, HttpStatusCode? status = null, int? errorCode = null, Exception? inner = null)
    : Exception(message, inner)
{
    public DiscordFailure Failure { get; } = failure;

    /// <summary>The HTTP status, when the failure came from a REST call.</summary>
    public HttpStatusCode? Status { get; } = status;

    /// <summary>Discord's JSON error code (e.g. 50001 Missing Access, 10003 Unknown Channel), when given.</summary>
    public int? ErrorCode { get; } = errorCode;

    public static DiscordFailure FailureOf(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => DiscordFailure.Unauthorized,
        HttpStatusCode.Forbidden => DiscordFailure.Forbidden,
        HttpStatusCode.NotFound => DiscordFailure.NotFound,
        >= HttpStatusCode.InternalServerError => DiscordFailure.Unavailable,
        _ => DiscordFailure.BadRequest,
    };
}
