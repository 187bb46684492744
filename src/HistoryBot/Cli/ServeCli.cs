using System.CommandLine;

namespace HistoryBot.Cli;

/// <summary>`serve`: run the bot on every configured platform; the console chat when none is.</summary>
internal static class ServeCli
{
    public static Command Create()
    {
        var command = new Command("serve", "Run the bot: Telegram and/or Discord when a token is set, else the console chat");
        command.SetAction((parseResult, cancellationToken) => ChatCli.RunAsync(CliOptions.Overrides(parseResult), cancellationToken));
        return command;
    }
}
