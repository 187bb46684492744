namespace HistoryBot.Hosting.Web;

/// <summary>The bot's web host (section "Http"): health and readiness, and the Telegram webhook.</summary>
internal sealed class HttpServerOptions
{
    public const string Section = "Http";

    /// <summary>Addresses to listen on, separated by ';' (like ASPNETCORE_URLS); TLS is the reverse proxy's job.</summary>
    public string Urls { get; init; } = DefaultUrls;

    public const string DefaultUrls = "http://0.0.0.0:8080";

    /// <summary>Every ';'-separated part is an absolute http:// address with a host ("+", "*" allowed) and a port.</summary>
    public static bool AreValid(string? urls)
    {
        var parts = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return parts.Length > 0 && parts.All(part =>
            Uri.TryCreate(part.Replace("://+", "://localhost").Replace("://*", "://localhost"), UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttp && uri.Host.Length > 0);
    }
}
