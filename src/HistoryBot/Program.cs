using System.CommandLine;
using HistoryBot.Cli;

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
try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Microsoft.Extensions.Options.OptionsValidationException ex)
{
    Console.Error.WriteLine("HistoryBot cannot start: its configuration is not valid.");
    foreach (var failure in ex.Failures)
        Console.Error.WriteLine($"  - {failure}");
    Console.Error.WriteLine("Settings come from appsettings.json, HISTORYBOT_ environment variables (e.g. HISTORYBOT_Chat__QuestionsPerMinute) and command-line options.");
    return 3;
}
