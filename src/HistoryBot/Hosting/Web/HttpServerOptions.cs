namespace HistoryBot.Hosting.Web;

/// <summary>The bot's web host (section "Http"): health and readiness, and the Telegram webhook.</summary>
internal sealed class HttpServerOptions
{
    public const string Section = "Http";

    /// <summary>Addresses to listen on, separated by ';' (like ASPNETCORE_URLS); TLS is the reverse proxy's job.</summary>
    public string Urls { get; init; } = "http://0.0.0.0:8080";
}
