using HistoryBot.ConsoleChat;
using HistoryBot.Core.Chat;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HistoryBot.Tests.ConsoleChat;

public sealed class ConsoleAdapterTests : IDisposable
{
    private readonly TestHost _host = new();

    public void Dispose() => _host.Dispose();

    private async Task<string> ChatAsync(string input)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await new ConsoleAdapter(_host.Services.GetRequiredService<IChatBot>()).RunAsync(new StringReader(input), console, timeout.Token);
        return output.ToString();
    }

    [Fact]
    public async Task A_question_typed_in_the_console_is_answered_with_its_citation()
    {
        var output = await ChatAsync("When did the USSR ask to join NATO?\n");

        Assert.Contains("On March 31, 1954", output);
        Assert.Contains("Why The USSR Was Not Accepted Into NATO", output);
        Assert.Contains("[1] More results", output);
    }

    [Fact]
    public async Task Typing_a_button_number_presses_it()
    {
        var output = await ChatAsync("Who signed the Warsaw Pact?\n2\n");

        Assert.Contains("◀ Back", output);
    }

    [Fact]
    public async Task The_local_user_is_admin_and_may_see_status()
    {
        var output = await ChatAsync("/status\n/quit\nnever read\n");

        Assert.Contains("Index generation", output);
        Assert.DoesNotContain("never read", output);
    }
}
