using System.Globalization;
using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Testing;
using HistoryBot.Tests.Cli;

namespace HistoryBot.Tests.Scale;

/// <summary>The real executable refuses to become a second Telegram poller for one token.</summary>
public sealed class PollerRefusalTests
{
    [Fact(Timeout = 120_000)]
    public async Task A_second_serve_polling_with_the_same_token_on_the_same_state_exits_3_with_a_clear_message()
    {
        // Arrange: one poller serving on a data folder (SQLite state) against the fake Bot API.
        using var temp = new TempDirectory();
        var sources = TestCorpus.CopySources(temp.Path);
        var data = temp.Combine("data");
        await using var api = await FakeBotApi.StartAsync(TimeProvider.System);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(100));
        var environment = new Dictionary<string, string>
        {
            ["HISTORYBOT_Telegram__Token"] = FakeBotApi.Token,
            ["HISTORYBOT_Telegram__ApiBaseUrl"] = api.BaseUrl,
            ["HISTORYBOT_Telegram__PollerLease"] = "00:00:02",
        };
        using var first = BotReplica.Start("first", temp.Path, sources, data, environment, http);
        await first.WaitReadyAsync(timeout.Token);

        // Act
        var second = await CliProcess.RunAsync(temp.Path, ["serve", "--sources", sources, "--data-dir", data],
            new Dictionary<string, string?>(environment.Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value)))
            {
                ["HISTORYBOT_Http__Urls"] = "http://127.0.0.1:" + BotReplica.FreePort().ToString(CultureInfo.InvariantCulture),
            }, TimeSpan.FromSeconds(90));

        // Assert
        Assert.True(second.ExitCode == 3, $"exit {second.ExitCode}: {second.Error}");
        Assert.Contains("already polls Telegram with this bot token", second.Error);
        Assert.DoesNotContain("   at ", second.Error);
        Assert.DoesNotContain(FakeBotApi.Token, second.Output + second.Error);
        Assert.False(first.HasExited);
    }
}
