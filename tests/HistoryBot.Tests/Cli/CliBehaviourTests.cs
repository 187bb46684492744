using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using HistoryBot.Core.State;
using HistoryBot.Core.Text.Synonyms;
using HistoryBot.Testing;

namespace HistoryBot.Tests.Cli;

/// <summary>The executable as an operator meets it: exit codes, configuration errors, plain output.</summary>
public sealed class CliBehaviourTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string[] _storage;

    public CliBehaviourTests()
    {
        var sources = TestCorpus.CopySources(_temp.Path);
        _storage = ["--sources", sources, "--data-dir", _temp.Combine("data")];
    }

    public void Dispose() => _temp.Dispose();

    private Task<(int ExitCode, string Output, string Error)> RunAsync(string[] arguments, Dictionary<string, string?>? environment = null) =>
        CliProcess.RunAsync(_temp.Path, [.. arguments, .. _storage], environment);

    [Fact]
    public async Task Ask_json_names_the_admin_synonym_a_word_matched_by()
    {
        // Arrange: an admin's pair in the state store of the data folder the command reads.
        var store = new SqlAdminSynonymStore(new SqliteStateDatabase(_temp.Combine("data", "state.db")), TimeProvider.System);
        await store.AddAsync(AdminSynonymPair.Create("en", "kremlin", "Kremlin", "ussr", "USSR"), "alice (Telegram)", 10);

        // Act
        var (exitCode, output, error) = await RunAsync(["ask", "When did the Kremlin ask to join NATO?", "--json"]);

        // Assert
        Assert.True(exitCode == 0, output + error);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("found", (string?)json["status"]);
        var kremlin = json["words"]!.AsArray().Single(word => (string?)word!["word"] == "Kremlin")!;
        Assert.Equal(("synonym", "USSR", "admin"), ((string?)kremlin["matched_as"], (string?)kremlin["matched"], (string?)kremlin["synonym_source"]));
    }

    [Fact]
    public async Task Ask_json_shows_the_fact_check_that_refused_and_the_event_signals()
    {
        // Act: the sources tell of the missiles in Cuba, never how many (exit code 1: not found).
        var (exitCode, output, error) = await RunAsync(["ask", "Kiek raketų buvo Kuboje?", "--json"]);

        // Assert
        Assert.True(exitCode == 1, output + error);
        var decision = JsonNode.Parse(output)!["decision"]!;
        Assert.False((bool)decision["answer"]!);
        Assert.True((bool)decision["fact_absent"]!);
        Assert.True((double)decision["confidence"]! >= (double)decision["threshold"]!);
        Assert.Equal(1, (double)decision["event_held"]!);
        Assert.Equal(0, (double)decision["event_intent"]!);
        Assert.Equal(0, (int)decision["names_missing"]!);
    }

    [Fact]
    public async Task Ask_json_shows_the_untold_event_that_refused_and_the_word_no_source_mentions()
    {
        // Act: the sources name the USSR and Czechoslovakia, never an invasion (exit code 1: not found).
        var (exitCode, output, error) = await RunAsync(["ask", "When did Soviet troops invade Czechoslovakia?", "--json"]);

        // Assert
        Assert.True(exitCode == 1, output + error);
        var json = JsonNode.Parse(output)!;
        Assert.True((bool)json["decision"]!["untold_event"]!);
        var invade = json["words"]!.AsArray().Single(word => (bool)word!["event"]!)!;
        Assert.Equal(("invade", true, "unknown"), ((string?)invade["word"], (bool)invade["foreign_topic"]!, (string?)invade["matched_as"]));
        Assert.Contains("My sources never mention “invade”.", (string?)json["answer"]);
    }

    [Fact]
    public async Task Ask_json_shows_the_unheld_event_that_refused_and_the_reply_names_it()
    {
        // Act: the sources tell of the Warsaw Pact's signing, never of its end (exit code 1: not found).
        var (exitCode, output, error) = await RunAsync(["ask", "When was the Warsaw Pact dissolved?", "--json"]);

        // Assert
        Assert.True(exitCode == 1, output + error);
        var json = JsonNode.Parse(output)!;
        Assert.True((bool)json["decision"]!["unheld_event"]!);
        Assert.False((bool)json["decision"]!["untold_event"]!);
        Assert.EndsWith("The closest passage never mentions “dissolved”.", (string?)json["answer"]);
    }

    [Fact]
    public async Task Ask_json_shows_the_role_the_fact_check_found_nowhere_and_the_reply_names_it()
    {
        // Act: the sources tell of Britain and the refusal, never of a prime minister (exit code 1: not found).
        var (exitCode, output, error) = await RunAsync(["ask", "Who was the British prime minister when the USSR asked to join NATO?", "--json"]);

        // Assert
        Assert.True(exitCode == 1, output + error);
        var json = JsonNode.Parse(output)!;
        Assert.True((bool)json["decision"]!["fact_absent"]!);
        Assert.Equal(["prime minister"], json["decision"]!["fact_words_missing"]!.AsArray().Select(word => (string?)word));
        Assert.EndsWith("The closest passage never mentions “prime minister”.", (string?)json["answer"]);
    }

    [Theory]
    [InlineData("HISTORYBOT_Chat__QuestionsPerMinute", "ten", "Chat:QuestionsPerMinute", "a whole number")]
    [InlineData("HISTORYBOT_DailyFacts__PollInterval", "often", "DailyFacts:PollInterval", "a duration")]
    public async Task A_mistyped_setting_exits_3_with_one_line_naming_key_value_and_what_is_allowed(string variable, string value, string key, string allowed)
    {
        var (exitCode, _, error) = await RunAsync(["ask", "When did the USSR ask to join NATO?"], new() { [variable] = value });

        Assert.Equal(3, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains(key, line);
        Assert.Contains($"\"{value}\"", line);
        Assert.Contains(allowed, line);
    }

    [Fact]
    public async Task An_unknown_Telegram_mode_exits_3_listing_the_modes()
    {
        var (exitCode, _, error) = await RunAsync(["serve"], new()
        {
            ["HISTORYBOT_Telegram__Token"] = "123456:ABCdefGhIJKlmnoPQRstuVWxyz0123456789",
            ["HISTORYBOT_Telegram__ApiBaseUrl"] = "http://127.0.0.1:9",
            ["HISTORYBOT_Telegram__Mode"] = "Foo",
            ["HISTORYBOT_Http__Urls"] = "http://127.0.0.1:0",
        });

        Assert.Equal(3, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("Telegram:Mode", line);
        Assert.Contains("\"Foo\"", line);
        Assert.Contains("Polling, Webhook", line);
        Assert.DoesNotContain("ABCdef", error);
    }

    [Fact]
    public async Task Garbage_in_Http_Urls_exits_3_with_one_line_naming_the_key()
    {
        var (exitCode, _, error) = await RunAsync(["serve"], new() { ["HISTORYBOT_Console__Enabled"] = "false", ["HISTORYBOT_Http__Urls"] = "garbage" });

        Assert.Equal(3, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("Http:Urls", line);
        Assert.Contains("http://", line);
    }

    [Fact]
    public async Task A_port_in_use_exits_3_with_one_line_naming_Http_Urls_and_no_stack_trace()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)occupant.LocalEndpoint).Port}";

        var (exitCode, _, error) = await RunAsync(["serve"], new() { ["HISTORYBOT_Console__Enabled"] = "false", ["HISTORYBOT_Http__Urls"] = url });

        Assert.Equal(3, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), l => l.Contains("Configuration error"));
        Assert.Contains("Http:Urls", line);
        Assert.Contains(url, line);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Ask_without_a_question_is_a_usage_error_with_exit_code_2()
    {
        var (exitCode, _, error) = await RunAsync(["ask"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("missing", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Ask_with_an_unknown_language_is_a_usage_error_naming_the_allowed_ones()
    {
        var (exitCode, _, error) = await RunAsync(["ask", "When did the USSR ask to join NATO?", "--lang", "xx"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("xx", error);
        Assert.Contains("lt", error);
    }

    [Fact]
    public async Task Eval_reads_an_unanswerable_line_without_expect_as_expecting_nothing()
    {
        var set = _temp.Combine("set.jsonl");
        await File.WriteAllLinesAsync(set,
        [
            """{"id":"a","lang":"en","kind":"same","question":"When did the USSR ask to join NATO?","expect":["March 31, 1954"]}""",
            """{"id":"u","lang":"en","kind":"unanswerable","question":"Who won the 1962 World Cup?"}""",
        ]);

        var (exitCode, output, error) = await RunAsync(["eval", set]);

        Assert.True(exitCode == 0, error);
        Assert.Contains("unanswerable: 1/1 not found", output);
        Assert.Contains("Hit@1 1.000", output);
    }

    [Theory]
    [InlineData("""{"id":"a","lang":"en","kind":"same","question":"When did the USSR ask to join NATO?"}""", "needs \"expect\"")]
    [InlineData("""{"id":"a","lang":"en","kind":"paraphrase","question":"When did the USSR ask to join NATO?","expect":["1954"]}""", "\"paraphrase\" is not one of")]
    public async Task Eval_of_a_set_with_a_bad_line_exits_2_naming_the_line_and_what_is_wrong(string badLine, string complaint)
    {
        var set = _temp.Combine("set.jsonl");
        await File.WriteAllLinesAsync(set,
        [
            """{"id":"u","lang":"en","kind":"unanswerable","question":"Who won the 1962 World Cup?","expect":[]}""",
            badLine,
        ]);

        var (exitCode, _, error) = await RunAsync(["eval", set]);

        Assert.Equal(2, exitCode);
        Assert.Contains("set.jsonl:2:", error);
        Assert.Contains(complaint, error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Ask_piped_to_a_file_writes_plain_text_without_colour_codes_or_wrapping()
    {
        var (exitCode, output, _) = await RunAsync(["ask", "When did the USSR ask to join NATO?"]);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("\u001b[", output);
        Assert.Contains(output.Split('\n'), line => line.Length > 120);
    }

    [Fact]
    public async Task Ask_with_NO_COLOR_writes_no_colour_codes()
    {
        var (exitCode, output, _) = await RunAsync(["ask", "When did the USSR ask to join NATO?"], new() { ["NO_COLOR"] = "1" });

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("\u001b[", output);
    }
}
