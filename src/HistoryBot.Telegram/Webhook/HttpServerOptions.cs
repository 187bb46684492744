namespace HistoryBot.Telegram.Webhook;

/// <summary>The bot's own HTTP server (section "Http"): the Telegram webhook now, health endpoints later.</summary>
public sealed class HttpServerOptions
{
    public const string Section = "Http";

    /// <summary>Addresses to listen on, separated by ';' (like ASPNETCORE_URLS); TLS is the reverse proxy's job.</summary>
    public string Urls { get; init; } = "http://0.0.0.0:8080";
}
