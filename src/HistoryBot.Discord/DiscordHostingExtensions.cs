using System.Net.Http.Headers;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Diagnostics;
using HistoryBot.Core.State;
using HistoryBot.Discord.Adapter;
using HistoryBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HistoryBot.Discord;

public static class DiscordHostingExtensions
{
    /// <summary>Discord asks every bot to say who it is in this form.</summary>
    internal const string UserAgent = "DiscordBot (https://github.com/historybot/historybot, 1.0)";

    /// <summary>
    /// The Discord adapter, when Discord:Token is configured; without a token nothing of Discord
    /// is registered or run. Needs the core (the chat bot, state database, adapter status).
    /// </summary>
    public static IHostApplicationBuilder AddDiscord(this IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{DiscordOptions.Section}:{nameof(DiscordOptions.Token)}"]))
            return builder;

        var services = builder.Services;
        // API errors and 429s are counted on the bot's meter.
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();
        services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.Section)
            .ValidateOnStart();
        // "Discord:AdminUserIds=1,2" (one environment variable) binds to no array element; take it
        // as one more element (options are init-only, so it is added in the configuration itself).
        var adminIdsKey = $"{DiscordOptions.Section}:{nameof(DiscordOptions.AdminUserIds)}";
        if (builder.Configuration[adminIdsKey] is { Length: > 0 } list)
        {
            var next = builder.Configuration.GetSection(adminIdsKey).GetChildren().Count();
            builder.Configuration[$"{adminIdsKey}:{next}"] = list;
        }
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(DiscordTimings.Default);

        services.TryAddSingleton<RestRateLimiter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRetentionTask, RateLimitBucketRetention>());
        services.AddHttpClient<IDiscordRestApi, DiscordRestClient>((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
                http.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", options.Token!.Trim());
                http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
                http.Timeout = provider.GetRequiredService<DiscordTimings>().RestTimeout;
            })
            // The client lives as long as the adapter; pooled connections are renewed so DNS changes are seen.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // Request logs would print interaction and webhook URLs, which carry tokens.
            .RemoveAllLoggers();
        services.AddHttpClient(AttachmentOpener.ClientName).RemoveAllLoggers();

        services.AddStateStores();

        services.AddSingleton<DiscordRoles>();
        services.AddSingleton<AttachmentOpener>();
        services.AddSingleton<InFlightTracker>();
        services.AddSingleton<AnswerThreads>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<MessageResponder>();
        services.AddSingleton<DiscordEventRouter>();
        services.AddSingleton<IChatTransport, DiscordTransport>();
        services.AddSingleton<HistoryBot.Core.Settings.IGroupMessageAccess, DiscordGroupMessageAccess>();
        services.AddSingleton<DiscordAdapter>();
        services.AddHostedService(provider => provider.GetRequiredService<DiscordAdapter>());
        return builder;
    }
}
