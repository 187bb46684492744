using HistoryBot.Core.Hosting;
using Microsoft.AspNetCore.Routing;

namespace HistoryBot.Telegram.Webhook;

/// <summary>Puts the webhook endpoint on the bot's web host.</summary>
internal sealed class TelegramWebhookHttpEndpoints(IServiceProvider services) : IHttpEndpoints
{
    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapTelegramWebhook(services);
}
