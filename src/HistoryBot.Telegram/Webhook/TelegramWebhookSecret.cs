using System.Security.Cryptography;

namespace HistoryBot.Telegram.Webhook;

/// <summary>
/// The webhook's secret_token: Telegram sends it with every update, so it is all that tells
/// Telegram's requests from anyone else's. At least 32 characters of Telegram's alphabet.
/// </summary>
public static class TelegramWebhookSecret
{
    public const int MinLength = 32;

    /// <summary>The command that prints a new secret, named in the start-up error when none is set.</summary>
    public const string Command = "webhook-secret";

    /// <summary>A new random secret: 64 characters of A-Z a-z 0-9 _ - (384 random bits).</summary>
    public static string Generate() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).Replace('+', '-').Replace('/', '_');
}
