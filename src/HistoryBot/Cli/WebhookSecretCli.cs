using System.CommandLine;
using HistoryBot.Telegram.Webhook;

namespace HistoryBot.Cli;

/// <summary>`webhook-secret`: prints a new random Telegram webhook secret (Telegram:WebhookSecret).</summary>
internal static class WebhookSecretCli
{
    public static Command Create()
    {
        var command = new Command(TelegramWebhookSecret.Command, "Print a new random secret for Telegram webhook mode (Telegram:WebhookSecret)");
        command.SetAction(_ => Console.WriteLine(TelegramWebhookSecret.Generate()));
        return command;
    }
}
