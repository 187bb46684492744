using HistoryBot.Telegram.Adapter;
using HistoryBot.Telegram.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HistoryBot.Telegram.Webhook;

/// <summary>
/// Webhook mode: a small web app on Http:Urls with the webhook endpoint (started with the host,
/// so a taken port fails the start loudly), then the Telegram session (getMe, menus, setWebhook)
/// in the background.
/// </summary>
internal sealed class TelegramWebhookService(
    IServiceProvider services,
    TelegramConnector connector,
    IOptions<HttpServerOptions> http,
    IOptions<TelegramOptions> options,
    ILoggerFactory loggerFactory,
    ILogger<TelegramWebhookService> logger) : BackgroundService
{
    private WebApplication? _app;

    /// <summary>The addresses the web app listens on, with the real port when Http:Urls asked for port 0.</summary>
    public IReadOnlyList<string> Addresses => _app?.Urls.ToList() ?? [];

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(TelegramWebhookService).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.UseUrls(http.Value.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging();
        // The web app logs through the bot's logging setup (filters and providers).
        builder.Services.Replace(ServiceDescriptor.Singleton(loggerFactory));
        _app = builder.Build();
        _app.UseRouting();
        _app.MapTelegramWebhook(services);
        await _app.StartAsync(cancellationToken);
        logger.LogInformation("Telegram webhook listening on {Addresses}{Path}", string.Join(", ", Addresses), options.Value.EffectiveWebhookPath);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await connector.ConnectAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (TelegramApiException)
        {
            // Logged by the connector: the token was rejected.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_app is not null)
            await _app.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        (_app as IDisposable)?.Dispose();
        base.Dispose();
    }
}
