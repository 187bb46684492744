using System.CommandLine;
using HistoryBot.ConsoleChat;
using HistoryBot.Core.Search;
using HistoryBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace HistoryBot.Cli;

/// <summary>`chat`: the interactive console chat, with the same commands as the platforms.</summary>
internal static class ChatCli
{
    public static Command Create()
    {
        var command = new Command("chat", "Chat with the bot in this terminal (you are its admin)");
        command.SetAction((parseResult, cancellationToken) => RunAsync(CliOptions.Overrides(parseResult), cancellationToken));
        return command;
    }

    /// <summary>Starts the host (background services included) and chats until the input ends.</summary>
    public static async Task<int> RunAsync(Dictionary<string, string?> overrides, CancellationToken cancellationToken)
    {
        using var host = BotHost.Build(BotHost.CreateBuilder(overrides, quiet: true));
        await host.StartAsync(cancellationToken);
        try
        {
            var index = host.Services.GetRequiredService<SearchIndex>();
            if (!index.IsLoaded)
                await AnsiConsole.Status().StartAsync("Loading the library…", _ => index.EnsureLoadedAsync(cancellationToken: cancellationToken));
            await host.Services.GetRequiredService<ConsoleAdapter>().RunAsync(Console.In, AnsiConsole.Console, cancellationToken);
        }
        catch (IndexBuildException ex)
        {
            AnsiConsole.MarkupLine($"[red]The library could not be indexed:[/] {Markup.Escape(ex.Message)}");
            return 1;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
        return 0;
    }
}
