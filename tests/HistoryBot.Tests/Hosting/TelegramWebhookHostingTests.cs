using System.Net;
using System.Text;
using HistoryBot.Hosting.Web;
using Microsoft.Extensions.DependencyInjection;

namespace HistoryBot.Tests.Hosting;

/// <summary>The executable's one web host serves the Telegram adapter's webhook next to health and readiness.</summary>
public sealed class TelegramWebhookHostingTests
{
    // Generous: the first request JITs the web stack, and CI runs on two busy cores.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static Dictionary<string, string?> Settings(string mode) => new()
    {
        ["Telegram:Token"] = "123456789:TEST-fake_token_abcdefghijklmnopqrstu",
        ["Telegram:Mode"] = mode,
        ["Telegram:WebhookUrl"] = "https://bot.example.com/telegram/hook",
        ["Telegram:WebhookSecret"] = "s3cret-0123456789-abcdefghijklmnopqrstuvwxyz",
        ["Http:Urls"] = "http://127.0.0.1:0",
    };

    [Fact]
    public async Task Serve_in_webhook_mode_maps_the_Telegram_webhook_on_the_web_host()
    {
        // Arrange
        using var bot = new TestHost(Settings("Webhook"), platforms: true);
        var web = bot.Services.GetRequiredService<HttpEndpointsService>();
        using var cancellation = new CancellationTokenSource(Timeout);
        await web.StartAsync(cancellation.Token);

        try
        {
            // Act: no secret header, so the adapter's endpoint refuses it without touching the bot.
            using var http = new HttpClient();
            using var webhook = await http.PostAsync(new Uri(new Uri(web.Addresses[0]), "/telegram/hook"), new StringContent("{}", Encoding.UTF8, "application/json"), cancellation.Token);
            using var health = await http.GetAsync(new Uri(new Uri(web.Addresses[0]), "/healthz"), cancellation.Token);

            // Assert
            Assert.Equal(HttpStatusCode.Unauthorized, webhook.StatusCode);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
        finally
        {
            await web.StopAsync(cancellation.Token);
        }
    }

    [Fact]
    public async Task Serve_in_polling_mode_has_no_webhook_endpoint()
    {
        // Arrange
        using var bot = new TestHost(Settings("Polling"), platforms: true);
        var web = bot.Services.GetRequiredService<HttpEndpointsService>();
        using var cancellation = new CancellationTokenSource(Timeout);
        await web.StartAsync(cancellation.Token);

        try
        {
            // Act
            using var http = new HttpClient();
            using var webhook = await http.PostAsync(new Uri(new Uri(web.Addresses[0]), "/telegram/hook"), new StringContent("{}", Encoding.UTF8, "application/json"), cancellation.Token);

            // Assert
            Assert.Equal(HttpStatusCode.NotFound, webhook.StatusCode);
        }
        finally
        {
            await web.StopAsync(cancellation.Token);
        }
    }
}
