using HistoryBot.Core.Chat;
using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Telegram.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Moq;
using Xunit;

namespace HistoryBot.Telegram.Tests;

/// <summary>Nothing lost, nothing twice: redelivery, restarts, shutdown, flood control, failures.</summary>
public sealed class ReliabilityTests : ScenarioTests
{
    [Fact]
    public async Task Restart_does_not_answer_an_update_handled_before_it()
    {
        // Arrange: answered, then the process stops.
        var first = await Scenario.StartBotAsync();
        var update = Fixtures.PrivateText(Fixtures.Alice, "asked before the restart");
        await Scenario.AskAsync(update);
        await Scenario.StopAsync(first);

        // Act: as if the confirming offset had been lost in a crash, Telegram delivers it again.
        Scenario.Api.Redeliver(update);
        await Scenario.StartBotAsync();
        var next = await Scenario.AskAsync(Fixtures.PrivateText(Fixtures.Alice, "asked after the restart"));

        // Assert
        Assert.Equal("echo: asked after the restart", next.Text);
        Assert.Equal(["echo: asked before the restart", "echo: asked after the restart"], Scenario.Api.CallsTo("sendMessage").Select(call => call.Text));
    }

    [Fact]
    public async Task Polling_offset_moves_past_an_update_only_after_it_was_handled()
    {
        // Arrange: the core takes its time.
        var working = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        Scenario.Bot.Setup(bot => bot.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()))
            .Returns(() =>
            {
                working.TrySetResult();
                return release.Task;
            });
        await Scenario.StartBotAsync();

        // Act
        var id = Scenario.Api.EnqueueUpdate(Fixtures.PrivateText(Fixtures.Alice, "slow question"));
        await working.Task.WaitAsync(Scenario.Timeout);
        var whileWorking = Scenario.Api.CallsTo("getUpdates");
        release.SetResult(Reply.Info("slow answer"));
        var confirm = await Scenario.Api.WaitForCallAsync("getUpdates", call => call.Offset == id + 1, Scenario.Timeout);

        // Assert
        Assert.All(whileWorking, call => Assert.True(call.Offset is null || call.Offset <= id));
        var answer = Assert.Single(Scenario.Api.CallsTo("sendMessage"));
        Assert.True(answer.Sequence < confirm.Sequence);
    }

    [Fact]
    public async Task Update_cut_off_by_a_forced_stop_is_answered_after_the_restart()
    {
        // Arrange: the first attempt hangs until shutdown runs out of time; the second answers.
        var attempts = 0;
        var hanging = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Scenario.Bot.Setup(bot => bot.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()))
            .Returns(async (ChatMessage message, CancellationToken cancellationToken) =>
            {
                if (Interlocked.Increment(ref attempts) == 1)
                {
                    hanging.TrySetResult();
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                return Reply.Info("answered: " + message.Text);
            });
        var first = await Scenario.StartBotAsync();
        Scenario.Api.EnqueueUpdate(Fixtures.PrivateText(Fixtures.Alice, "interrupted question"));
        await hanging.Task.WaitAsync(Scenario.Timeout);

        // Act: a stop whose time is already up, then a new process.
        await first.StopAsync(new CancellationToken(canceled: true));
        await first.Services.GetRequiredService<IEnumerable<IHostedService>>().OfType<BackgroundService>().Single().ExecuteTask!.WaitAsync(Scenario.Timeout);
        first.Dispose();
        await Scenario.StartBotAsync();
        var sent = await Scenario.Api.WaitForCallAsync("sendMessage", cancellationToken: Scenario.Timeout);

        // Assert
        Assert.Equal("answered: interrupted question", sent.Text);
        Assert.Equal(2, attempts);
        Assert.Single(Scenario.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task Shutdown_lets_the_answer_in_flight_finish_and_confirms_it()
    {
        // Arrange: the core is still working when shutdown begins.
        var working = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelledWhileWorking = false;
        Scenario.Bot.Setup(bot => bot.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()))
            .Returns(async (ChatMessage _, CancellationToken cancellationToken) =>
            {
                working.TrySetResult();
                await stopping.Task;
                cancelledWhileWorking = cancellationToken.IsCancellationRequested;
                return Reply.Info("finished answer");
            });
        var host = await Scenario.StartBotAsync();
        host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.TrySetResult());
        var id = Scenario.Api.EnqueueUpdate(Fixtures.PrivateText(Fixtures.Alice, "question during shutdown"));
        await working.Task.WaitAsync(Scenario.Timeout);

        // Act
        await Scenario.StopAsync(host);

        // Assert
        Assert.False(cancelledWhileWorking);
        Assert.Equal("finished answer", Assert.Single(Scenario.Api.CallsTo("sendMessage")).Text);
        var last = Scenario.Api.CallsTo("getUpdates")[^1];
        Assert.Equal(id + 1, last.Offset);
        Assert.Equal(0, last.Parameters["timeout"]!.GetValue<int>());
    }

    [Fact]
    public async Task Flood_control_waits_retry_after_then_sends()
    {
        // Arrange
        Scenario.Api.FailNext("sendMessage", FakeResponse.TooManyRequests(retryAfter: 3));
        await Scenario.StartBotAsync();

        // Act
        Scenario.Api.EnqueueUpdate(Fixtures.PrivateText(Fixtures.Alice, "question in a flood"));
        await Scenario.Api.WaitForCallAsync("sendMessage", cancellationToken: Scenario.Timeout);
        await Scenario.Clock.WaitForDelayAsync(TimeSpan.FromSeconds(3), Scenario.Timeout);
        var beforeTheWait = Scenario.Api.CallsTo("sendMessage").Count;
        Scenario.Clock.Advance(TimeSpan.FromSeconds(3));
        var calls = await Scenario.Api.WaitForCallsAsync("sendMessage", 2, cancellationToken: Scenario.Timeout);

        // Assert
        Assert.Equal(1, beforeTheWait);
        Assert.Equal("echo: question in a flood", calls[1].Text);
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(3));
        Assert.Equal(2, calls.Count);
    }

    [Fact]
    public async Task Server_and_network_errors_are_retried_for_reads_but_a_send_is_not_repeated()
    {
        // Arrange: the role lookup (a read) meets a 502 and a cut connection; the answer (a send) a 502.
        await Scenario.StartBotAsync();
        Scenario.Api.FailNext("getChatMember", FakeResponse.Error(502, "Bad Gateway"));
        Scenario.Api.FailNext("getChatMember", FakeResponse.Drop());
        Scenario.Api.FailNext("sendMessage", FakeResponse.Error(502, "Bad Gateway"));

        // Act
        var id = Scenario.Api.EnqueueUpdate(Fixtures.GroupText(Fixtures.Alice, "/ask in bad weather"));
        await Scenario.Clock.WaitForDelayAsync(TimeSpan.FromSeconds(1), Scenario.Timeout);
        Scenario.Clock.Advance(TimeSpan.FromSeconds(1));
        await Scenario.Clock.WaitForDelayAsync(TimeSpan.FromSeconds(2), Scenario.Timeout);
        Scenario.Clock.Advance(TimeSpan.FromSeconds(2));
        await Scenario.Api.WaitForCallAsync("getUpdates", call => call.Offset > id, Scenario.Timeout);

        // Assert: the read was asked three times (waits of 1 s and 2 s); the send once, since a
        // repeated send after a server error could post the answer twice.
        Assert.Equal(3, Scenario.Api.CallsTo("getChatMember").Count);
        Assert.Equal("echo: /ask in bad weather", Assert.Single(Scenario.Api.CallsTo("sendMessage")).Text);
        Assert.Contains(Scenario.Logs.Entries, line => line.Level == LogLevel.Error && line.ToString().Contains("Bad Gateway"));
    }

    [Fact]
    public async Task A_second_poller_on_the_token_backs_off_and_is_logged_once_until_it_stops()
    {
        // Arrange: another process polls with the same token, so Telegram answers 409 three times.
        Scenario.Api.FailNext("getUpdates", FakeResponse.Error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"), times: 3);
        var host = await Scenario.StartBotAsync();

        // Act
        foreach (var delay in new[] { 1, 2, 4 })
        {
            await Scenario.Clock.WaitForDelayAsync(TimeSpan.FromSeconds(delay), Scenario.Timeout);
            if (delay == 4)
                Assert.Equal("another process polls with this token", host.Services.GetRequiredService<AdapterStatus>().Snapshot().Single().Detail);
            Scenario.Clock.Advance(TimeSpan.FromSeconds(delay));
        }
        var answer = await Scenario.AskAsync(Fixtures.PrivateText(Fixtures.Alice, "anyone there?"));

        // Assert
        Assert.Equal("echo: anyone there?", answer.Text);
        Assert.Single(Scenario.Logs.Entries, line => line.Level >= LogLevel.Warning && line.Message.Contains("Fetching Telegram updates failed"));
        Assert.Contains(Scenario.Logs.Entries, line => line.Level == LogLevel.Information && line.Message.Contains("again after 3 failures"));
        Assert.True(host.Services.GetRequiredService<AdapterStatus>().Snapshot().Single().Connected);
    }

    [Fact]
    public async Task A_failing_update_does_not_stop_the_others()
    {
        // Arrange: the core fails on one question; Telegram refuses the answer to another.
        Scenario.Bot.Setup(bot => bot.HandleAsync(It.Is<ChatMessage>(m => m.Text == "boom"), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("a bug in the core"));
        Scenario.Api.FailNext("sendMessage", FakeResponse.Error(400, "Bad Request: chat not found"), when: call => call.ChatId == Fixtures.BobId);
        await Scenario.StartBotAsync();
        Scenario.Api.EnqueueUpdate(Fixtures.PrivateText(Fixtures.Alice, "boom"));
        Scenario.Api.EnqueueUpdate(Fixtures.PrivateText(Fixtures.Bob, "unlucky"));

        // Act: the updates are in different chats, so they may run side by side; wait for all three.
        var last = Scenario.Api.EnqueueUpdate(Fixtures.GroupText(Fixtures.Alice, "/ask still there?"));
        await Scenario.Api.WaitForCallAsync("getUpdates", call => call.Offset > last, Scenario.Timeout);

        // Assert
        var sent = Scenario.Api.CallsTo("sendMessage").Single(call => call.ChatId == Fixtures.GroupId);
        Assert.Equal("echo: /ask still there?", sent.Text);
        Assert.Equal(2, Scenario.Logs.Entries.Count(line => line.Level == LogLevel.Error && line.Message.StartsWith("Handling Telegram update", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Rejected_formatting_is_resent_as_plain_text()
    {
        // Arrange
        Scenario.Bot.Setup(bot => bot.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Reply { Kind = ReplyKind.Answer, Title = "Source", Body = RichText.Plain("In 1954 the ").Append("USSR", TextStyle.Bold).Append(" asked."), Footer = "Source · ¶1" });
        Scenario.Api.FailNext("sendMessage", FakeResponse.CantParseEntities(), when: call => call.IsHtml);
        await Scenario.StartBotAsync();

        // Act
        Scenario.Api.EnqueueUpdate(Fixtures.PrivateText(Fixtures.Alice, "when?"));
        var calls = await Scenario.Api.WaitForCallsAsync("sendMessage", 2, cancellationToken: Scenario.Timeout);

        // Assert
        Assert.Equal("<b>Source</b>\n\nIn 1954 the <b>USSR</b> asked.\n\n<i>Source · ¶1</i>", calls[0].Text);
        Assert.Null(calls[1].ParseMode);
        Assert.Equal("Source\n\nIn 1954 the USSR asked.\n\nSource · ¶1", calls[1].Text);
        Assert.Equal(calls[0].ReplyTo, calls[1].ReplyTo);
    }

    [Fact]
    public async Task The_token_never_reaches_the_logs_even_when_errors_echo_the_url()
    {
        // Arrange: a proxy error that repeats the request URL; the failed update is logged with it.
        Scenario.Api.FailNext("sendMessage", FakeResponse.Error(502, $"Bad Gateway: POST {Scenario.Api.BaseUrl}/bot{FakeBotApi.Token}/sendMessage"));
        await Scenario.StartBotAsync();

        // Act
        var id = Scenario.Api.EnqueueUpdate(Fixtures.PrivateText(Fixtures.Alice, "question"));
        await Scenario.Api.WaitForCallAsync("getUpdates", call => call.Offset > id, Scenario.Timeout);

        // Assert (the scenario also checks every log line of every test for the token)
        Assert.Contains(Scenario.Logs.Entries, line => line.ToString().Contains("/bot<redacted>/sendMessage"));
        Assert.DoesNotContain(FakeBotApi.Token, Scenario.Logs.All);
    }

    [Fact]
    public async Task The_token_never_reaches_the_adapter_status_or_the_metrics()
    {
        // Arrange: a proxy error that repeats the request URL while the bot connects.
        Scenario.Api.FailNext("getMe", FakeResponse.Error(502, $"Bad Gateway: POST {Scenario.Api.BaseUrl}/bot{FakeBotApi.Token}/getMe"));
        var host = await Scenario.StartBotAsync(settings => settings["Telegram:MaxAttempts"] = "1", waitForPolling: false);

        // Act: the connector reports the failure, then tries again.
        await Scenario.Clock.WaitForDelayAsync(TimeSpan.FromSeconds(1), Scenario.Timeout);
        var failing = host.Services.GetRequiredService<AdapterStatus>().Snapshot().Single();
        Scenario.Clock.Advance(TimeSpan.FromSeconds(1));
        await Scenario.Api.WaitForCallAsync("getUpdates", cancellationToken: Scenario.Timeout);

        // Assert: what /status and /readyz show, and the metric names, carry no token.
        Assert.False(failing.Connected);
        Assert.Contains("/bot<redacted>/getMe", failing.Detail);
        Assert.DoesNotContain(FakeBotApi.Token.Split(':')[1], failing.Detail);
        var metrics = host.Services.GetRequiredService<HistoryBot.Core.Diagnostics.BotMetrics>().Totals();
        Assert.Equal(1, metrics["telegram API error"]);
        Assert.DoesNotContain(metrics.Keys, name => name.Contains(FakeBotApi.Token.Split(':')[1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_group_that_became_a_supergroup_is_followed_to_its_new_id()
    {
        // Arrange
        var host = await Scenario.StartBotAsync();
        Scenario.Api.FailNext("sendMessage", FakeResponse.Error(400, "Bad Request: group chat was upgraded to a supergroup chat", migrateTo: -1009876543210), when: call => call.ChatId == -4242);
        var transport = host.Services.GetServices<IChatTransport>().Single();

        // Act
        var result = await transport.SendAsync(new ChatId("-4242"), Reply.Info("Fact of the day"), Scenario.Timeout);

        // Assert
        Assert.Equal(DeliveryResult.Sent, result);
        Assert.Equal([-4242L, -1009876543210L], Scenario.Api.CallsTo("sendMessage").Select(call => call.ChatId!.Value));
    }
}
