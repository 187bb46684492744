using HistoryBot.Telegram.Adapter;
using Microsoft.Extensions.Hosting;
using Telegram.Bot.Exceptions;

namespace HistoryBot.Telegram.Webhook;

/// <summary>
/// Webhook mode: the webhook endpoint is served by the bot's web host (Http:Urls, see
/// <see cref="TelegramWebhookHttpEndpoints"/>); this service opens the Telegram session
/// (GetMe, menus, SetWebhook) in the background.
/// </summary>
internal sealed class TelegramWebhookService(TelegramConnector connector) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await connector.ConnectAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (RequestException)
        {
            // Logged by the connector: the token was rejected.
        }
    }
}
