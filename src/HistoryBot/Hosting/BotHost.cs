using HistoryBot.Core;
using HistoryBot.Core.Facts;
using HistoryBot.Discord;
using HistoryBot.Hosting.Web;
using HistoryBot.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Hosting;

/// <summary>
/// Builds the generic host every CLI command runs in: appsettings.json, then HISTORYBOT_
/// environment variables, then command-line overrides; the core; and each adapter, which
/// wires itself in when its token is configured.
/// </summary>
internal static class BotHost
{
    public const string EnvironmentPrefix = "HISTORYBOT_";

    /// <summary>Builds the host and checks every validated option now, so a bad setting stops any command with its message.</summary>
    public static IHost Build(HostApplicationBuilder builder)
    {
        var host = builder.Build();
        try
        {
            host.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
            if (host.Services.GetService<Web.HttpEndpointsService>() is not null)
                Web.PortProbe.ThrowIfInUse(host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Web.HttpServerOptions>>().Value.Urls);
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return host;
    }

    /// <summary>
    /// The host for a command. Only <paramref name="platforms"/> hosts (serve) run the Telegram and
    /// Discord adapters: `chat` with a token configured stays a console chat.
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(IReadOnlyDictionary<string, string?> overrides, bool quiet, bool platforms = false)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        builder.Configuration.AddInMemoryCollection(overrides);

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
        });
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        if (quiet && builder.Configuration["Logging:LogLevel:Default"] is null)
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // HTTP client logs print request URLs, and Telegram's URLs contain the token.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        // Every health probe would otherwise log a request line.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // SIGTERM: adapters stop taking work and finish answers in flight within this budget.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.AddHistoryBotCore();
        builder.AddAdministration();
        builder.AddDailyFacts();
        if (platforms)
        {
            builder.AddTelegram();
            builder.AddDiscord();
        }
        var root = ContentRoot.Find(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        // Relative storage paths are resolved against the content root in the configuration
        // itself (options are init-only). Empty stays empty, so validation can name the missing key.
        var defaults = new StorageOptions();
        ResolvePath(builder.Configuration, $"{StorageOptions.Section}:{nameof(StorageOptions.DataDirectory)}", defaults.DataDirectory, root);
        ResolvePath(builder.Configuration, $"{StorageOptions.Section}:{nameof(StorageOptions.SourcesDirectory)}", defaults.SourcesDirectory, root);
        builder.Services.AddSingleton<ConsoleChat.ConsoleAdapter>();
        builder.Services.AddSingleton<IHttpEndpoints, HealthEndpoints>();
        // The Telegram webhook needs the web host; registered after the adapter, so it stops first.
        if (platforms && builder.Configuration.UsesTelegramWebhook())
            builder.Services.AddSingleton<IHttpEndpoints, TelegramWebhookHttpEndpoints>().AddHttpEndpoints();
        // Otherwise the web host runs when asked for; `serve` with a platform token asks for it too.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["Http:Urls"]))
            builder.Services.AddHttpEndpoints();
        builder.Services.AddSingleton<ConsoleChat.ConsoleTransport>().AddSingleton<Core.Chat.IChatTransport>(provider => provider.GetRequiredService<ConsoleChat.ConsoleTransport>());
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT")))
            builder.Services.AddHostedService<OtlpMetricsService>();
        return builder;
    }

    private static void ResolvePath(IConfiguration configuration, string key, string defaultValue, string root)
    {
        var value = configuration[key] ?? defaultValue;
        if (!string.IsNullOrWhiteSpace(value))
            configuration[key] = ContentRoot.Resolve(value, root);
    }
}
