using System.Net;
using System.Net.Sockets;
using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Testing;

namespace HistoryBot.Tests.Scale;

/// <summary>The test harness's replica: a port taken between finding it free and the bot binding it is no failure of the bot.</summary>
public sealed class BotReplicaTests
{
    [Fact(Timeout = 120_000)]
    public async Task A_replica_whose_port_was_taken_before_the_bot_bound_it_starts_again_on_another_port()
    {
        using var temp = new TempDirectory();
        var sources = TestCorpus.CopySources(temp.Path);
        await using var api = await FakeBotApi.StartAsync(TimeProvider.System);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(100));
        var environment = new Dictionary<string, string>
        {
            ["HISTORYBOT_Telegram__Token"] = FakeBotApi.Token,
            ["HISTORYBOT_Telegram__ApiBaseUrl"] = api.BaseUrl,
        };
        // Arrange: the port the replica tries first is another server's, one that drops every connection (as a test's
        // fake server started in parallel might have taken it).
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var takenPort = ((IPEndPoint)taken.LocalEndpoint).Port;
        var dropping = Task.Run(async () =>
        {
            while (!timeout.IsCancellationRequested)
            {
                using var client = await taken.AcceptTcpClientAsync(timeout.Token);
            }
        });

        // Act
        using var replica = BotReplica.Start("replica", temp.Path, sources, temp.Combine("data"), environment, http, takenPort);
        await replica.WaitReadyAsync(timeout.Token);

        // Assert
        Assert.NotEqual(takenPort, replica.Address.Port);
        Assert.Contains("starting again on another port", replica.Output, StringComparison.Ordinal);
        Assert.False(replica.HasExited);
        await timeout.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dropping);
    }
}
