using HistoryBot.Core.State;
using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Telegram.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace HistoryBot.Telegram.Tests;

/// <summary>
/// One polling process per token, agreed through a lease in the shared state store. These run on
/// the real clock (a 2 s lease) because two hosts renew and wait on it.
/// </summary>
public sealed class PollerLeaseTests : ScenarioTests
{
    [Fact(Timeout = 60_000)]
    public async Task A_second_poller_for_the_same_token_refuses_to_start_and_says_which_process_polls()
    {
        // Arrange: a first poller on the shared data folder.
        await Scenario.StartBotAsync(PollerLease, services: RealClock);
        using var second = Scenario.BuildBot(PollerLease, services: RealClock);

        // Act
        var refused = await Assert.ThrowsAsync<LeaseHeldException>(() => second.StartAsync(Scenario.Timeout));

        // Assert
        Assert.Contains("already polls Telegram with this bot token", refused.Message);
        Assert.Contains("Telegram:Mode=Webhook", refused.Message);
        Assert.Contains($":{Environment.ProcessId}:", refused.Message);
        Assert.DoesNotContain(FakeBotApi.Token, refused.Message);
        Assert.Single(Scenario.Api.CallsTo("deleteWebhook"));
    }

    [Fact(Timeout = 60_000)]
    public async Task After_the_first_poller_stops_cleanly_the_next_one_starts_at_once()
    {
        // Arrange
        var first = await Scenario.StartBotAsync(PollerLease, services: RealClock);
        await Scenario.StopAsync(first);
        var polls = Scenario.Api.CallsTo("getUpdates").Count;

        // Act: starting does not throw, and the new process polls.
        await Scenario.StartBotAsync(PollerLease, services: RealClock);
        var after = await Scenario.Api.WaitForCallsAsync("getUpdates", polls + 1, cancellationToken: Scenario.Timeout);

        // Assert
        Assert.True(after.Count > polls);
    }

    private static void PollerLease(Dictionary<string, string?> settings) => settings["Telegram:PollerLease"] = "00:00:02";

    private static void RealClock(IServiceCollection services) => services.AddSingleton(TimeProvider.System);
}
