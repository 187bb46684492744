using HistoryBot.Core;
using HistoryBot.Discord;
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

    public static HostApplicationBuilder CreateBuilder(IReadOnlyDictionary<string, string?> overrides, bool quiet)
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

        builder.AddHistoryBotCore();
        var root = ContentRoot.Find(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        builder.Services.PostConfigure<StorageOptions>(options =>
        {
            options.DataDirectory = ContentRoot.Resolve(options.DataDirectory, root);
            options.SourcesDirectory = ContentRoot.Resolve(options.SourcesDirectory, root);
        });
        builder.Services.AddSingleton<ConsoleChat.ConsoleAdapter>();
        builder.AddDiscord();
        return builder;
    }
}
