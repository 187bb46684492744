using System.CommandLine;
using HistoryBot.Cli;
using HistoryBot.Hosting;
using Spectre.Console;

var serve = ServeCli.Create();
var root = new RootCommand("HistoryBot answers history questions from its library of sources, in chat. Without a command it serves.")
{
    serve,
    AskCli.Create(),
    ChatCli.Create(),
    IndexCli.Create(),
    EvalCli.Create(),
    HistoryBot.Bench.BenchCli.Create(),
    HealthCheckCli.Create(),
    WebhookSecretCli.Create(),
};
root.Options.Add(CliOptions.DataDirectory);
root.Options.Add(CliOptions.Sources);
// No command means `serve`: the console chat on the embedded default, or the platforms with tokens.
root.Action = serve.Action;

// Piped to a file or NO_COLOR set: plain text, no colour codes, no wrapping at 80 columns.
if (Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")))
{
    AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(Console.Out),
    });
    AnsiConsole.Console.Profile.Width = int.MaxValue / 2;
}

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // Usage errors (a missing question, an unknown option or value) exit 2; 1 means "not found".
    foreach (var error in parsed.Errors)
        Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine("Run with --help for usage.");
    return 2;
}
try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (HistoryBot.Core.State.LeaseHeldException ex)
{
    // A second Telegram poller for one token: a deployment mistake, reported like a bad setting.
    Console.Error.WriteLine(ex.Message);
    return 3;
}
catch (StartupConfigurationException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 3;
}
catch (InvalidOperationException ex) when (ConfigurationErrors.Describe(ex) is { } message)
{
    Console.Error.WriteLine(message);
    return 3;
}
catch (Microsoft.Extensions.Options.OptionsValidationException ex)
{
    // One line per bad setting, each naming its key; no stack trace.
    foreach (var failure in ex.Failures.Distinct())
        Console.Error.WriteLine($"Configuration error: {failure}");
    return 3;
}
