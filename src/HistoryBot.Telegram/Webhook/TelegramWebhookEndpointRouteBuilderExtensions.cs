using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HistoryBot.Telegram.Webhook;

public static class TelegramWebhookEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps POST <see cref="TelegramOptions.EffectiveWebhookPath"/> to the Telegram webhook. The
    /// bot's services come from <paramref name="botServices"/>, or from the web app itself when
    /// the bot and the web app share one container.
    /// </summary>
    public static IEndpointConventionBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints, IServiceProvider? botServices = null)
    {
        var services = botServices ?? endpoints.ServiceProvider;
        var path = services.GetRequiredService<IOptions<TelegramOptions>>().Value.EffectiveWebhookPath;
        var endpoint = services.GetRequiredService<TelegramWebhookEndpoint>();
        return endpoints.MapPost(path, endpoint.HandleAsync).WithDisplayName("Telegram webhook");
    }
}
