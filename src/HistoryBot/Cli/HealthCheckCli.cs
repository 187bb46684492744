using System.CommandLine;
using HistoryBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace HistoryBot.Cli;

/// <summary>
/// `healthcheck`: asks the running bot's /healthz on this machine; exit 0 when healthy. The
/// container HEALTHCHECK uses it, so the image needs no curl.
/// </summary>
internal static class HealthCheckCli
{
    public static Command Create()
    {
        var path = new Option<string>("--path") { Description = "The endpoint to ask", DefaultValueFactory = _ => "/healthz" };
        var command = new Command("healthcheck", "Check the running bot's health endpoint (for container health checks)") { path };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var configuration = BotHost.CreateBuilder(CliOptions.Overrides(parseResult), quiet: true).Configuration;
            var url = LocalUrl(configuration["Http:Urls"]);
            if (url is null)
            {
                Console.Error.WriteLine($"Http:Urls ({configuration["Http:Urls"]}) has no http:// address to ask.");
                return 1;
            }
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(4) };
            try
            {
                using var response = await client.GetAsync(new Uri(url, parseResult.GetValue(path)), cancellationToken);
                Console.WriteLine($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
                return response.IsSuccessStatusCode ? 0 : 1;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                Console.Error.WriteLine($"No answer from {url}: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>The first configured address (the bot's default when none is), with a wildcard host turned into this machine.</summary>
    internal static Uri? LocalUrl(string? urls)
    {
        if (string.IsNullOrWhiteSpace(urls))
            urls = Hosting.Web.HttpServerOptions.DefaultUrls;
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
            return null;
        first = first.Replace("://0.0.0.0", "://127.0.0.1").Replace("://+", "://127.0.0.1").Replace("://*", "://127.0.0.1").Replace("://[::]", "://127.0.0.1");
        return Uri.TryCreate(first, UriKind.Absolute, out var uri) ? uri : null;
    }
}
