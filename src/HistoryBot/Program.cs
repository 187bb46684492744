using System.CommandLine;
using HistoryBot.Cli;

var root = new RootCommand("HistoryBot answers history questions from its library of sources, in chat.")
{
    ServeCli.Create(),
    AskCli.Create(),
    ChatCli.Create(),
    IndexCli.Create(),
    EvalCli.Create(),
};
root.Options.Add(CliOptions.DataDirectory);
root.Options.Add(CliOptions.Sources);
return await root.Parse(args).InvokeAsync();
