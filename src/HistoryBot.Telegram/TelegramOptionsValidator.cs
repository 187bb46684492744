using System.Text.RegularExpressions;
using HistoryBot.Telegram.Webhook;
using Microsoft.Extensions.Options;

namespace HistoryBot.Telegram;

/// <summary>Checks the settings on start, with messages that name the key (never the token's value).</summary>
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    private static readonly int[] WebhookPorts = [443, 80, 88, 8443];

    [GeneratedRegex("^[0-9]{1,20}:[A-Za-z0-9_-]{20,}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{32,256}$")]
    private static partial Regex SecretPattern();

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var failures = new List<string>();
        if (!TokenPattern().IsMatch(options.Token.Trim()))
        {
            failures.Add("Telegram:Token does not look like a bot token from @BotFather (digits, a colon, then letters, digits, '_' or '-'). " +
                "Set it with the environment variable HISTORYBOT_Telegram__Token or in user secrets.");
        }
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
            failures.Add($"Telegram:ApiBaseUrl must be an absolute http(s) URL, e.g. {TelegramOptions.DefaultApiBaseUrl}.");
        if (options.Mode == TelegramMode.Webhook)
            ValidateWebhook(options, failures);
        if (options.AdminUserIds.Any(id => id <= 0))
            failures.Add("Telegram:AdminUserIds must hold positive Telegram user ids (ask @userinfobot for yours).");
        if (options.PollingTimeout < TimeSpan.FromSeconds(1) || options.PollingTimeout > TimeSpan.FromMinutes(5))
            failures.Add("Telegram:PollingTimeout must be between 00:00:01 and 00:05:00.");
        if (options.PollerLease < TimeSpan.FromSeconds(2) || options.PollerLease > TimeSpan.FromMinutes(10))
            failures.Add("Telegram:PollerLease must be between 00:00:02 and 00:10:00.");
        if (options.RequestTimeout < TimeSpan.FromSeconds(1))
            failures.Add("Telegram:RequestTimeout must be at least 00:00:01.");
        if (options.MaxAttempts is < 1 or > 10)
            failures.Add("Telegram:MaxAttempts must be between 1 and 10.");
        if (options.RetryBaseDelay < TimeSpan.Zero || options.MaxRetryDelay < options.RetryBaseDelay)
            failures.Add("Telegram:RetryBaseDelay must be zero or more and not above Telegram:MaxRetryDelay.");
        if (options.ChatMemberCacheDuration < TimeSpan.Zero)
            failures.Add("Telegram:ChatMemberCacheDuration must not be negative.");
        if (options.MaxConcurrentUpdates is < 1 or > 64)
            failures.Add("Telegram:MaxConcurrentUpdates must be between 1 and 64.");
        if (options.MaxMessagesPerReply is < 1 or > 10)
            failures.Add("Telegram:MaxMessagesPerReply must be between 1 and 10.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateWebhook(TelegramOptions options, List<string> failures)
    {
        if (!Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var url) || url.Scheme != "https")
            failures.Add("Telegram:WebhookUrl must be the public https:// address Telegram posts updates to (Telegram:Mode is Webhook).");
        else if (!WebhookPorts.Contains(url.Port))
            failures.Add("Telegram:WebhookUrl must use port 443, 80, 88 or 8443 (Telegram accepts no others).");
        if (options.WebhookSecret is null || !SecretPattern().IsMatch(options.WebhookSecret))
        {
            failures.Add($"Telegram:WebhookSecret is required in webhook mode: {TelegramWebhookSecret.MinLength}-256 characters from A-Z, a-z, 0-9, '_' and '-'. " +
                $"`HistoryBot {TelegramWebhookSecret.Command}` prints a new one; set it with HISTORYBOT_Telegram__WebhookSecret.");
        }
    }
}
