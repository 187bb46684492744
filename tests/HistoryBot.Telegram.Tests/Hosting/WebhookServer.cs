using HistoryBot.Telegram.Webhook;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HistoryBot.Telegram.Tests.Hosting;

/// <summary>
/// The web host the executable gives the adapter, in small: a loopback Kestrel app that maps
/// <see cref="TelegramWebhookEndpointRouteBuilderExtensions.MapTelegramWebhook"/> onto the bot's
/// services. Registered after the adapter, so it stops taking updates before the queue drains.
/// </summary>
internal sealed class WebhookServer(IServiceProvider botServices) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    public Uri BaseAddress => new(_app!.Urls.First());

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        _app = builder.Build();
        _app.UseRouting();
        _app.MapTelegramWebhook(botServices);
        await _app.StartAsync(cancellationToken);
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

    /// <summary>Adds the server to a bot host's services.</summary>
    public static void AddTo(IServiceCollection services) =>
        services.AddSingleton<WebhookServer>().AddHostedService(provider => provider.GetRequiredService<WebhookServer>());
}
