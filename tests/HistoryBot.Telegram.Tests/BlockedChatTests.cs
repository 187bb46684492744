using HistoryBot.Core.Chat;
using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Telegram.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit;

namespace HistoryBot.Telegram.Tests;

/// <summary>403: the bot was blocked or removed. Remember it, stop sending there, never crash.</summary>
public sealed class BlockedChatTests : ScenarioTests
{
    [Fact]
    public async Task A_chat_that_answers_403_is_not_sent_to_again_and_the_loop_goes_on()
    {
        // Arrange
        Scenario.Api.FailNext("sendMessage", FakeResponse.Forbidden(), when: call => call.ChatId == Fixtures.AliceId);
        var host = await Scenario.StartBotAsync();
        var blocked = Scenario.Api.EnqueueUpdate(Fixtures.PrivateText(Fixtures.Alice, "question, then block"));
        await Scenario.Api.WaitForCallAsync("getUpdates", call => call.Offset > blocked, Scenario.Timeout);

        // Act: the daily fact tries to post there; another chat asks.
        var daily = await Transport(host).SendAsync(new ChatId(Fixtures.AliceId.ToString()), Reply.Info("Fact of the day"), Scenario.Timeout);
        var other = await Scenario.AskAsync(Fixtures.PrivateText(Fixtures.Bob, "still answering?"));

        // Assert
        Assert.Equal(DeliveryResult.Forbidden, daily);
        Assert.Single(Scenario.Api.CallsTo("sendMessage"), call => call.ChatId == Fixtures.AliceId);
        Assert.Equal("echo: still answering?", other.Text);
        Assert.Contains(Scenario.Logs.Entries, line => line.Level == LogLevel.Warning && line.Message.Contains($"chat {Fixtures.AliceId} does not accept messages"));
    }

    [Fact]
    public async Task Daily_fact_transport_reports_forbidden_on_403_and_failed_on_other_errors()
    {
        // Arrange
        var host = await Scenario.StartBotAsync();
        Scenario.Api.FailNext("sendMessage", FakeResponse.Forbidden("Forbidden: bot was kicked from the supergroup chat"), when: call => call.ChatId == Fixtures.GroupId);
        Scenario.Api.FailNext("sendMessage", FakeResponse.Error(400, "Bad Request: not enough rights to send text messages to the chat"), when: call => call.ChatId == -42);
        var transport = Transport(host);

        // Act
        var kicked = await transport.SendAsync(new ChatId(Fixtures.GroupId.ToString()), Reply.Info("Fact"), Scenario.Timeout);
        var again = await transport.SendAsync(new ChatId(Fixtures.GroupId.ToString()), Reply.Info("Fact"), Scenario.Timeout);
        var muted = await transport.SendAsync(new ChatId("-42"), Reply.Info("Fact"), Scenario.Timeout);
        var fine = await transport.SendAsync(new ChatId(Fixtures.BobId.ToString()), Reply.Info("Fact"), Scenario.Timeout);

        // Assert
        Assert.Equal(Platform.Telegram, transport.Platform);
        Assert.Equal(DeliveryResult.Forbidden, kicked);
        Assert.Equal(DeliveryResult.Forbidden, again);
        Assert.Equal(DeliveryResult.Failed, muted);
        Assert.Equal(DeliveryResult.Sent, fine);
        Assert.Single(Scenario.Api.CallsTo("sendMessage"), call => call.ChatId == Fixtures.GroupId);
    }

    [Fact]
    public async Task A_group_that_removes_the_bot_is_not_sent_to_until_it_adds_it_back()
    {
        // Arrange
        var host = await Scenario.StartBotAsync();
        var group = new ChatId(Fixtures.GroupId.ToString());
        var kicked = Scenario.Api.EnqueueUpdate(Fixtures.MyChatMember(Fixtures.Group(), Fixtures.Bob, "member", "kicked"));
        await Scenario.Api.WaitForCallAsync("getUpdates", call => call.Offset > kicked, Scenario.Timeout);
        var whileRemoved = await Transport(host).SendAsync(group, Reply.Info("Fact"), Scenario.Timeout);

        // Act
        var readded = Scenario.Api.EnqueueUpdate(Fixtures.MyChatMember(Fixtures.Group(), Fixtures.Bob, "left", "member"));
        await Scenario.Api.WaitForCallAsync("getUpdates", call => call.Offset > readded, Scenario.Timeout);
        var afterwards = await Transport(host).SendAsync(group, Reply.Info("Fact"), Scenario.Timeout);

        // Assert
        Assert.Equal(DeliveryResult.Forbidden, whileRemoved);
        Assert.Equal(DeliveryResult.Sent, afterwards);
        Assert.Single(Scenario.Api.CallsTo("sendMessage"));
    }

    private static IChatTransport Transport(IHost host) =>
        host.Services.GetServices<IChatTransport>().Single(transport => transport.Platform == Platform.Telegram);
}
