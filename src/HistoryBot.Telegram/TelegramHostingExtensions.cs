using HistoryBot.Core.Chat;
using HistoryBot.Core.Diagnostics;
using HistoryBot.Core.State;
using HistoryBot.Telegram.Adapter;
using HistoryBot.Telegram.Client;
using HistoryBot.Telegram.Polling;
using HistoryBot.Telegram.Webhook;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace HistoryBot.Telegram;

public static class TelegramHostingExtensions
{
    /// <summary>
    /// The Telegram adapter, when Telegram:Token is configured; without a token nothing is
    /// registered and nothing Telegram runs. Needs the core (<c>AddHistoryBotCore</c>): the chat
    /// bot, the state database and the adapter status.
    /// </summary>
    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(TelegramOptions.Section);
        if (string.IsNullOrWhiteSpace(section[nameof(TelegramOptions.Token)]))
            return builder;

        var services = builder.Services;
        // API errors and 429s are counted on the bot's meter.
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        // As in the Telegram.Bot hosting examples: a typed HttpClient from IHttpClientFactory for
        // the library's client, built from TelegramBotClientOptions (Telegram:ApiBaseUrl points it
        // at a local Bot API server or a test fake). Per-call timeouts are the client's own.
        services.AddHttpClient(nameof(ITelegramBotClient), client => client.Timeout = Timeout.InfiniteTimeSpan)
            // The default HttpClient logs print request URLs, and every Bot API URL holds the token.
            .RemoveAllLoggers()
            // The typed client lives in singletons: rotate connections here instead of the handler.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddTypedClient<ITelegramBotClient, RetryingTelegramBotClient>();

        services.AddStateStores();
        services.AddSingleton<ITelegramStateStore>(provider => new SqlTelegramStateStore(
            provider.GetRequiredService<IStateDatabase>(),
            provider.GetRequiredService<SqlHandledOnceStore>(),
            provider.GetRequiredService<TimeProvider>(),
            TelegramToken.BotId(provider.GetRequiredService<IOptions<TelegramOptions>>().Value.Token.Trim())));
        services.AddSingleton<TelegramBotIdentity>();
        services.AddSingleton<HistoryBot.Core.Settings.IGroupMessageAccess, TelegramGroupMessageAccess>();
        services.AddSingleton<TelegramRoles>();
        services.AddSingleton<TelegramReplySender>();
        services.AddSingleton<TelegramUpdateTranslator>();
        services.AddSingleton<TelegramUpdateRunner>();
        services.AddSingleton<TelegramCommandMenus>();
        services.AddSingleton<TelegramConnector>();
        services.AddSingleton<IChatTransport, TelegramChatTransport>();

        if (IsWebhookMode(section))
        {
            services.AddSingleton<TelegramUpdateQueue>();
            services.AddSingleton<TelegramWebhookEndpoint>();
            // The host maps the endpoint on its web host (MapTelegramWebhook), registered after
            // this: hosted services stop in reverse order, so the web host stops taking updates
            // before the queue drains.
            services.AddHostedService(provider => provider.GetRequiredService<TelegramUpdateQueue>());
            services.AddHostedService<TelegramWebhookService>();
        }
        else
        {
            services.AddSingleton<TelegramPollingService>();
            services.AddSingleton<IExclusiveRole>(provider => provider.GetRequiredService<TelegramPollingService>());
            services.AddHostedService(provider => provider.GetRequiredService<TelegramPollingService>());
        }
        return builder;
    }

    /// <summary>Whether <see cref="AddTelegram"/> runs the webhook, which the host must then map with MapTelegramWebhook.</summary>
    public static bool UsesTelegramWebhook(this IConfiguration configuration)
    {
        var section = configuration.GetSection(TelegramOptions.Section);
        return !string.IsNullOrWhiteSpace(section[nameof(TelegramOptions.Token)]) && IsWebhookMode(section);
    }

    private static bool IsWebhookMode(IConfigurationSection section) =>
        Enum.TryParse<TelegramMode>(section[nameof(TelegramOptions.Mode)], ignoreCase: true, out var mode) && mode == TelegramMode.Webhook;
}
