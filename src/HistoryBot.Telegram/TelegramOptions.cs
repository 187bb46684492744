namespace HistoryBot.Telegram;

/// <summary>
/// The Telegram adapter's settings (section "Telegram"). The adapter is registered only when
/// <see cref="Token"/> is set; the token comes from the environment (HISTORYBOT_Telegram__Token)
/// or user secrets and is never logged.
/// </summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";
    public const string DefaultApiBaseUrl = "https://api.telegram.org";

    /// <summary>The bot token from @BotFather ("123456789:AA…").</summary>
    public string Token { get; init; } = "";

    /// <summary>The Bot API server: the public one, a local Bot API server, or a test fake (scheme, host and port only).</summary>
    public string ApiBaseUrl { get; init; } = DefaultApiBaseUrl;

    public TelegramMode Mode { get; init; } = TelegramMode.Polling;

    /// <summary>The public HTTPS address Telegram posts updates to (webhook mode).</summary>
    public string? WebhookUrl { get; init; }

    /// <summary>Sent by Telegram in X-Telegram-Bot-Api-Secret-Token; requests without it are rejected. 32-256 characters.</summary>
    public string? WebhookSecret { get; init; }

    /// <summary>The local path of the webhook endpoint; by default the path of <see cref="WebhookUrl"/>.</summary>
    public string? WebhookPath { get; init; }

    /// <summary>Telegram user ids of the bot's admins (sources, reindex, status in every chat).</summary>
    public long[] AdminUserIds { get; init; } = [];

    /// <summary>
    /// The poller's lease in the state store: one polling process per token. A second one waits
    /// up to this long for the lease to run out (a restarted poller's old lease), then refuses to start.
    /// </summary>
    public TimeSpan PollerLease { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one GetUpdates call waits for updates (long polling).</summary>
    public TimeSpan PollingTimeout { get; init; } = TimeSpan.FromSeconds(50);

    /// <summary>How long one API call may take before it counts as a network failure.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per API call (1 = no retry): on 429 for every call; on 5xx and network errors for reads only.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>The first back-off after a 5xx or network error; doubles on each further failure.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a user's administrator status in a chat is remembered.</summary>
    public TimeSpan ChatMemberCacheDuration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Updates handled at the same time (updates of one chat are handled in order).</summary>
    public int MaxConcurrentUpdates { get; init; } = 4;

    /// <summary>A long reply without buttons is split into at most this many messages; the rest is trimmed.</summary>
    public int MaxMessagesPerReply { get; init; } = 4;

    /// <summary>The webhook path to map: <see cref="WebhookPath"/>, else the path of <see cref="WebhookUrl"/>.</summary>
    public string EffectiveWebhookPath
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(WebhookPath))
                return WebhookPath.StartsWith('/') ? WebhookPath : "/" + WebhookPath;
            var path = Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var url) ? url.AbsolutePath : "/";
            // A bare host would put the endpoint at the root, where health checks will live.
            return path is "/" or "" ? "/telegram/webhook" : path;
        }
    }
}
