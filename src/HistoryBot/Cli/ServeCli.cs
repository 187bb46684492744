using System.CommandLine;
using HistoryBot.Core.Search;
using HistoryBot.Hosting;
using HistoryBot.Hosting.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Cli;

/// <summary>`serve`: run the bot on every configured platform; the console chat when none is.</summary>
internal static class ServeCli
{
    public static readonly string[] TokenKeys = ["Telegram:Token", "Discord:Token"];

    public static Command Create()
    {
        var command = new Command("serve", "Run the bot: Telegram and/or Discord when a token is set, else the console chat");
        command.SetAction((parseResult, cancellationToken) => RunAsync(CliOptions.Overrides(parseResult), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Dictionary<string, string?> overrides, CancellationToken cancellationToken)
    {
        var builder = BotHost.CreateBuilder(overrides, quiet: false, platforms: true);
        var hasPlatform = TokenKeys.Any(key => !string.IsNullOrWhiteSpace(builder.Configuration[key]));
        // In a container there is nobody at the console: stay up and say what to set.
        var consoleEnabled = builder.Configuration.GetValue("Console:Enabled", true);
        if (!hasPlatform && consoleEnabled)
            return await ChatCli.RunAsync(overrides, cancellationToken);

        // Health and readiness for whoever runs the bot: on by default when it serves a platform.
        builder.Services.AddHttpEndpoints();
        using var host = BotHost.Build(builder);
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HistoryBot");
        // A role another process holds (a second Telegram poller) is refused before anything starts.
        foreach (var role in host.Services.GetServices<HistoryBot.Core.State.IExclusiveRole>())
            await role.ClaimAsync(cancellationToken);
        await host.StartAsync(cancellationToken);
        if (!hasPlatform)
        {
            logger.LogWarning(
                "No chat platform is configured, so nobody can reach the bot. Set HISTORYBOT_Telegram__Token and/or " +
                "HISTORYBOT_Discord__Token (see .env.example and the README), then restart. Staying up meanwhile.");
        }
        try
        {
            await host.Services.GetRequiredService<SearchIndex>().EnsureLoadedAsync(cancellationToken: cancellationToken);
        }
        catch (IndexBuildException ex)
        {
            logger.LogError(ex, "The library could not be indexed; questions will fail until an admin fixes the sources and reindexes");
        }
        await host.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
