using HistoryBot.Telegram.Webhook;
using Microsoft.AspNetCore.Routing;

namespace HistoryBot.Hosting.Web;

/// <summary>
/// Puts the Telegram webhook on the bot's web host. The adapter owns the endpoint; the executable
/// owns the web host, so the core needs no web stack and the adapter no host of its own.
/// </summary>
internal sealed class TelegramWebhookHttpEndpoints(IServiceProvider services) : IHttpEndpoints
{
    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapTelegramWebhook(services);
}
