using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HistoryBot.Hosting.Web;

/// <summary>
/// The one small web app of the process, on Http:Urls, serving every registered
/// <see cref="IHttpEndpoints"/>. Started with the host, so a taken port fails the start
/// loudly; stopped first, so no new work arrives while answers in flight finish.
/// </summary>
internal sealed class HttpEndpointsService(
    IEnumerable<IHttpEndpoints> endpoints,
    IOptions<HttpServerOptions> options,
    ILoggerFactory loggerFactory,
    ILogger<HttpEndpointsService> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The addresses listened on, with the real port when Http:Urls asked for port 0.</summary>
    public IReadOnlyList<string> Addresses => _app?.Urls.ToList() ?? [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(HttpEndpointsService).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.UseUrls(options.Value.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging();
        // The web app logs through the bot's logging setup (filters and providers).
        builder.Services.Replace(ServiceDescriptor.Singleton(loggerFactory));
        _app = builder.Build();
        _app.UseRouting();
        foreach (var endpoint in endpoints)
            endpoint.Map(_app);
        try
        {
            await _app.StartAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            // Kestrel's "address already in use", without its stack trace: a setting to change.
            throw new StartupConfigurationException(
                $"Configuration error: Http:Urls (HISTORYBOT_Http__Urls) is \"{options.Value.Urls}\", but that address cannot be listened on ({ex.InnerException?.Message ?? ex.Message}); allowed: a free port, e.g. HISTORYBOT_Http__Urls=http://0.0.0.0:8081", ex);
        }
        logger.LogInformation("HTTP endpoints listening on {Addresses}", string.Join(", ", Addresses));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
            await _app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}
