using HistoryBot.ConsoleChat;
using HistoryBot.Core.Chat;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace HistoryBot.Tests.ConsoleChat;

public sealed class ConsoleAdapterTests : IDisposable
{
    private readonly TestHost _host = new();

    public void Dispose() => _host.Dispose();

    private async Task<string> ChatAsync(string input, ConsoleTransport? posts = null)
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
        await new ConsoleAdapter(_host.Services.GetRequiredService<IChatBot>(), posts).RunAsync(new StringReader(input), console, timeout.Token);
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
    public async Task Thumbs_down_by_its_number_asks_for_the_reason_at_a_prompt_and_shows_the_vote()
    {
        // Arrange: find the 👎's number under this answer.
        const string question = "When did the USSR ask to join NATO?";
        var first = await ChatAsync(question + "\n");
        var number = System.Text.RegularExpressions.Regex.Match(first, @"\[(\d+)\] 👎").Groups[1].Value;

        // Act
        var output = await ChatAsync($"{question}\n{number}\nIt should name the month\n");

        // Assert
        Assert.NotEmpty(number);
        Assert.Contains($"[{number}] 👎 1", output);
        Assert.Contains("What was wrong with this answer?", output);
        Assert.Contains("Thank you: I noted what was wrong", output);
    }

    [Fact]
    public async Task The_terminal_user_adds_lists_and_removes_a_synonym_and_the_next_question_uses_it()
    {
        // Act
        var output = await ChatAsync(
            "When did the Reds ask to join NATO?\n/synonyms add en Reds USSR\nWhen did the Reds ask to join NATO?\n/synonyms list\n/synonyms remove Reds USSR\n/synonyms restore\n");

        // Assert
        var added = output.IndexOf("Added #1: “Reds” = “USSR” (English).", StringComparison.Ordinal);
        Assert.True(added > 0, output);
        Assert.Contains("I could not find an answer to that in my sources.", output[..added]);
        Assert.Contains("On March 31, 1954", output[added..]);
        Assert.Contains("Synonyms (1)", output);
        Assert.Contains("Removed #1: “Reds” = “USSR” (English).", output);
        Assert.Contains("Synonym trash (1)", output);
    }

    [Fact]
    public async Task Gaps_in_the_terminal_lists_an_unanswered_question()
    {
        var output = await ChatAsync("What is the boiling point of water?\n/gaps\n");

        Assert.Contains("Coverage gaps, last 30 days (all chats)", output);
        Assert.Contains("Not found — English", output);
        Assert.Contains("1× “What is the boiling point of water?”", output);
    }

    [Fact]
    public async Task Settings_in_the_terminal_set_the_language_of_unclear_questions_and_of_the_bots_own_texts()
    {
        var output = await ChatAsync("Everest 8848?\n/settings language lt\nEverest 8848?\n/settings language xx\n");

        Assert.Contains("I could not find an answer to that in my sources.", output);
        Assert.Contains("Changed: language lt.", output);
        Assert.Contains("In a private chat every message is a question already.", output);
        Assert.Contains("Savo šaltiniuose atsakymo į šį klausimą neradau.", output);
        Assert.Contains("\"language\" is auto, en, lt, ro or tl, not \"xx\".", output);
    }

    [Fact]
    public async Task The_local_user_is_admin_and_may_see_status()
    {
        var output = await ChatAsync("/status\n/quit\nnever read\n");

        Assert.Contains("Index generation", output);
        Assert.DoesNotContain("never read", output);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("7")]
    public async Task A_number_with_no_such_button_is_not_asked_as_a_question(string number)
    {
        var output = await ChatAsync($"{number}\n/help\n{number}\n");

        Assert.Contains("There are no buttons to press right now", output);
        Assert.DoesNotContain("More results", output);
        Assert.DoesNotContain("I could not find", output);
    }

    [Fact]
    public async Task The_prompt_names_the_buttons_that_exist_and_another_number_is_refused()
    {
        var output = await ChatAsync("Who signed the Warsaw Pact?\n9\n");

        Assert.Contains("(1-5) >", output);
        Assert.Contains("There is no button 9: type a number from 1 to 5.", output);
    }

    [Fact]
    public async Task A_year_on_its_own_is_still_a_question()
    {
        var output = await ChatAsync("1954\n");

        Assert.DoesNotContain("There are no buttons", output);
    }

    [Fact]
    public async Task The_fact_posted_by_dailyfact_now_has_a_button_that_can_be_pressed()
    {
        var posts = _host.Services.GetRequiredService<ConsoleTransport>();

        var output = await ChatAsync("/dailyfact set 09:00 UTC\n/dailyfact now\n1\n", posts);

        Assert.Contains("(1) >", output);
        Assert.DoesNotContain("There is no button", output);
        Assert.DoesNotContain("There are no buttons", output);
        Assert.Contains("More results", output);
    }

    [Fact]
    public async Task The_local_admin_is_never_rate_limited()
    {
        var output = await ChatAsync(string.Concat(Enumerable.Repeat("When did the USSR ask to join NATO?\n", 9)));

        Assert.DoesNotContain("wait", output, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(9, output.Split("More results").Length - 1);
    }
}
