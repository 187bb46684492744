using System.Text.Json.Nodes;
using HistoryBot.Core.Chat;
using HistoryBot.Discord.Tests.Fakes;
using HistoryBot.Discord.Tests.Support;
using HistoryBot.Testing;
using Moq;

namespace HistoryBot.Discord.Tests.Adapter;

public sealed class AdapterLifecycleTests
{
    private const string Mention = "<@200000000000000002>";

    [Fact]
    public async Task Events_replayed_after_a_resume_are_answered_once()
    {
        using var timeout = TestTimeout.Start();
        var bot = Running.Bot();
        await using var running = await Running.StartAsync(timeout.Token, bot.Object);
        var question = new Snowflake(1_200_000_000_000_001);
        var interaction = new Snowflake(1_200_000_000_000_002);
        var later = new Snowflake(1_200_000_000_000_003);
        await running.DispatchAsync("MESSAGE_CREATE", 2, Events.Message(question, $"{Mention} first question", mentionBot: true));
        await running.DispatchAsync("INTERACTION_CREATE", 3, Events.SlashCommand(interaction, "help"));
        await running.Discord.WaitForRequestAsync("POST", $"/channels/{Events.Channel}/messages", timeout.Token);
        await running.Discord.WaitForRequestAsync("POST", $"/interactions/{interaction}/.*", timeout.Token);

        await running.Gateway.SendAsync(7, null);
        var resumed = await running.Discord.NextConnectionAsync(timeout.Token);
        var resume = await resumed.ReceiveAsync(timeout.Token);
        // Discord replays what came after the sequence the client resumed from; here it replays both again.
        await resumed.DispatchAsync("MESSAGE_CREATE", 2, Events.Message(question, $"{Mention} first question", mentionBot: true));
        await resumed.DispatchAsync("INTERACTION_CREATE", 3, Events.SlashCommand(interaction, "help"));
        await resumed.DispatchAsync("RESUMED", 4, new JsonObject());
        await resumed.DispatchAsync("MESSAGE_CREATE", 5, Events.Message(later, $"{Mention} a new question", mentionBot: true));
        await running.Discord.WaitForRequestAsync(request => request.Method == "POST" && (string?)(request.Body as JsonObject)?["nonce"] == later.ToString(), timeout.Token);
        await running.Harness.StopAsync(timeout.Token);

        Assert.Equal(6, (int)resume["op"]!);
        Assert.Equal(2, running.Discord.RequestsTo("POST", $"/channels/{Events.Channel}/messages").Count);
        Assert.Single(running.Discord.RequestsTo("POST", $"/interactions/{interaction}/.*"));
        bot.Verify(b => b.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Fact]
    public async Task After_a_crash_and_restart_the_session_is_resumed_and_replayed_events_are_not_answered_again()
    {
        using var timeout = TestTimeout.Start();
        using var state = new TempDirectory();
        await using var discord = await FakeDiscord.StartAsync();
        var question = new Snowflake(1_200_000_000_000_011);
        var later = new Snowflake(1_200_000_000_000_012);

        var before = await AdapterHarness.StartAsync(discord, stateDirectory: state.Path, cancellationToken: timeout.Token);
        var first = await discord.NextConnectionAsync(timeout.Token);
        await first.AcceptIdentifyAsync(timeout.Token, sessionId: "session-before");
        await first.DispatchAsync("MESSAGE_CREATE", 2, Events.Message(question, $"{Mention} asked before the crash", mentionBot: true));
        await discord.WaitForRequestAsync("POST", $"/channels/{Events.Channel}/messages", timeout.Token);
        using (var crashed = new CancellationTokenSource())
        {
            await crashed.CancelAsync();
            await before.StopAsync(crashed.Token); // no time to close: like a crash, the session stays resumable
        }
        await before.DisposeAsync();

        await using var after = await AdapterHarness.StartAsync(discord, stateDirectory: state.Path, cancellationToken: timeout.Token);
        var second = await discord.NextConnectionAsync(timeout.Token);
        var resume = await second.ReceiveAsync(timeout.Token);
        await second.DispatchAsync("MESSAGE_CREATE", 2, Events.Message(question, $"{Mention} asked before the crash", mentionBot: true));
        await second.DispatchAsync("RESUMED", 3, new JsonObject());
        await second.DispatchAsync("MESSAGE_CREATE", 4, Events.Message(later, $"{Mention} asked after the restart", mentionBot: true));
        await discord.WaitForRequestAsync(request => (string?)(request.Body as JsonObject)?["nonce"] == later.ToString(), timeout.Token);
        await after.StopAsync(timeout.Token);

        Assert.Equal("/resume", second.Path);
        Assert.Equal(6, (int)resume["op"]!);
        Assert.Equal("session-before", (string?)resume["d"]!["session_id"]);
        Assert.Equal(2, discord.RequestsTo("POST", $"/channels/{Events.Channel}/messages").Count);
    }

    [Fact]
    public async Task Shutdown_finishes_the_answers_in_flight_and_then_closes_the_gateway_normally()
    {
        using var timeout = TestTimeout.Start();
        var release = new TaskCompletionSource();
        var started = new TaskCompletionSource();
        var bot = Running.Bot();
        bot.Setup(b => b.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()))
            .Returns<ChatMessage, CancellationToken>(async (_, token) =>
            {
                started.SetResult();
                // Cancelled only if shutdown gave up on it: a correct shutdown lets it finish.
                await release.Task.WaitAsync(token);
                return Reply.Info("finished in time");
            });
        await using var running = await Running.StartAsync(timeout.Token, bot.Object);
        await running.DispatchAsync("MESSAGE_CREATE", Events.Message(new Snowflake(1_200_000_000_000_021), $"{Mention} a slow one", mentionBot: true));
        await started.Task.WaitAsync(timeout.Token);

        var stopping = running.Harness.StopAsync(timeout.Token);
        release.SetResult();
        await stopping;
        var code = await running.Gateway.Closed.WaitAsync(timeout.Token);

        Assert.Equal(1000, code);
        var timeline = running.Discord.Timeline;
        var answered = timeline.ToList().FindIndex(entry => entry == $"REST POST /channels/{Events.Channel}/messages");
        var closed = timeline.ToList().IndexOf("GATEWAY close 1000");
        Assert.InRange(answered, 0, closed - 1);
    }

    [Fact]
    public async Task Several_shards_run_in_one_process_each_with_its_own_shard_pair()
    {
        using var timeout = TestTimeout.Start();
        await using var discord = await FakeDiscord.StartAsync();
        discord.RecommendedShards = 2;
        discord.MaxConcurrency = 1;
        await using var harness = await AdapterHarness.StartAsync(discord, cancellationToken: timeout.Token);

        var one = await discord.NextConnectionAsync(timeout.Token);
        var two = await discord.NextConnectionAsync(timeout.Token);
        var identifies = new[] { await one.AcceptIdentifyAsync(timeout.Token, sessionId: "s-a"), await two.AcceptIdentifyAsync(timeout.Token, sessionId: "s-b") };
        await Eventually.TrueAsync(() => harness.Status.Snapshot().Count(connection => connection.Connected) == 2, timeout.Token, "both shards to connect");

        Assert.Equal(["[0,2]", "[1,2]"], identifies.Select(identify => identify["d"]!["shard"]!.ToJsonString()).Order());
        Assert.Equal(["discord/shard 0", "discord/shard 1"], harness.Status.Snapshot().Select(connection => connection.Name));
    }

    [Fact]
    public async Task Configured_shard_settings_run_only_the_given_shard()
    {
        using var timeout = TestTimeout.Start();
        await using var discord = await FakeDiscord.StartAsync();
        await using var harness = await AdapterHarness.StartAsync(discord, configuration: new Dictionary<string, string?> { ["Discord:ShardId"] = "2", ["Discord:ShardCount"] = "3" }, cancellationToken: timeout.Token);

        var connection = await discord.NextConnectionAsync(timeout.Token);
        var identify = await connection.AcceptIdentifyAsync(timeout.Token);
        await Eventually.TrueAsync(() => harness.Status.Snapshot().Any(c => c.Connected), timeout.Token, "the shard to connect");

        Assert.Equal("[2,3]", identify["d"]!["shard"]!.ToJsonString());
        Assert.Equal("discord/shard 2", Assert.Single(harness.Status.Snapshot()).Name);
    }

    [Fact]
    public async Task A_wrong_token_on_the_gateway_stops_the_adapter_with_a_clear_message_instead_of_reconnecting()
    {
        using var timeout = TestTimeout.Start();
        await using var discord = await FakeDiscord.StartAsync();
        await using var harness = await AdapterHarness.StartAsync(discord, cancellationToken: timeout.Token);

        var connection = await discord.NextConnectionAsync(timeout.Token);
        await connection.ReceiveAsync(timeout.Token);
        await connection.CloseAsync(4004);
        await Eventually.TrueAsync(() => harness.Logs.Entries.Any(entry => entry.Level == Microsoft.Extensions.Logging.LogLevel.Critical && entry.Message.Contains("The Discord adapter stopped")),
            timeout.Token, "the adapter to stop");

        var status = Assert.Single(harness.Status.Snapshot());
        Assert.False(status.Connected);
        Assert.StartsWith("stopped", status.Detail);
        Assert.Contains("Discord:Token", status.Detail);
        Assert.Contains(harness.Logs.Entries, entry => entry.Level == Microsoft.Extensions.Logging.LogLevel.Critical && entry.Message.Contains("authentication failed (4004)"));
        Assert.Single(discord.Timeline, entry => entry.StartsWith("GATEWAY connect", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_rejected_by_the_api_stops_the_adapter_before_it_connects()
    {
        using var timeout = TestTimeout.Start();
        await using var discord = await FakeDiscord.StartAsync();
        discord.On("GET", "/applications/@me", _ => FakeResponse.Error(401, 0, "401: Unauthorized"));
        await using var harness = await AdapterHarness.StartAsync(discord, cancellationToken: timeout.Token);

        await Eventually.TrueAsync(() => harness.Status.Snapshot().Single().Detail?.StartsWith("stopped", StringComparison.Ordinal) == true, timeout.Token, "the adapter to stop");

        Assert.Contains("Discord rejected Discord:Token (401 Unauthorized)", harness.Status.Snapshot().Single().Detail);
        Assert.DoesNotContain(discord.Timeline, entry => entry.StartsWith("GATEWAY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreachable_discord_at_start_is_retried_rather_than_given_up()
    {
        using var timeout = TestTimeout.Start();
        await using var discord = await FakeDiscord.StartAsync();
        var calls = 0;
        // The client itself retries twice, so the first three requests make one failed attempt of the adapter.
        discord.On("GET", "/gateway/bot", _ => Interlocked.Increment(ref calls) <= 3
            ? FakeResponse.Error(503, 0, "Service Unavailable")
            : FakeResponse.Ok(new JsonObject
            {
                ["url"] = discord.GatewayUrl,
                ["shards"] = 1,
                ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 1000, ["max_concurrency"] = 1 },
            }));
        await using var harness = await AdapterHarness.StartAsync(discord, cancellationToken: timeout.Token);

        var connection = await discord.NextConnectionAsync(timeout.Token);
        await connection.AcceptIdentifyAsync(timeout.Token);

        Assert.Equal(4, discord.RequestsTo("GET", "/gateway/bot").Count);
    }

    [Fact]
    public async Task Stopping_while_discord_is_still_unreachable_ends_at_once()
    {
        using var timeout = TestTimeout.Start();
        await using var discord = await FakeDiscord.StartAsync();
        discord.On("GET", "/applications/@me", _ => FakeResponse.Error(503, 0, "Service Unavailable"));
        var patient = TestTimings.Fast with { ReconnectDelay = TimeSpan.FromHours(1), MaxReconnectDelay = TimeSpan.FromHours(1) };
        var harness = await AdapterHarness.StartAsync(discord, timings: patient, cancellationToken: timeout.Token);
        await Eventually.TrueAsync(() => harness.Status.Snapshot().Single().Detail?.Contains("failed") == true, timeout.Token, "the first failed attempt");

        await harness.StopAsync(timeout.Token);
        await harness.DisposeAsync();

        Assert.False(timeout.IsCancellationRequested);
        Assert.DoesNotContain(discord.Timeline, entry => entry.StartsWith("GATEWAY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_tokens_never_appear_in_any_log_line()
    {
        using var timeout = TestTimeout.Start();
        // Failures on both paths: the interaction's answer is refused (its URL holds the
        // interaction token), and answering the message crashes.
        var bot = Running.Bot();
        bot.Setup(b => b.HandleAsync(It.Is<ChatMessage>(message => !message.Text.StartsWith('/')), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("boom"));
        await using var running = await Running.StartAsync(timeout.Token, bot.Object, script: discord =>
            discord.On("POST", "/interactions/.*", _ => FakeResponse.Error(400, 40060, "Interaction has already been acknowledged.")));
        var interaction = new Snowflake(1_200_000_000_000_031);

        await running.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand(interaction, "ask", "question", "anything"));
        await running.DispatchAsync("MESSAGE_CREATE", Events.Message(new Snowflake(1_200_000_000_000_032), $"{Mention} anything", mentionBot: true));
        await running.Discord.WaitForRequestAsync("POST", $"/interactions/{interaction}/.*", timeout.Token);
        await running.Gateway.CloseAsync(4000);
        var resumed = await running.Discord.NextConnectionAsync(timeout.Token);
        await resumed.ReceiveAsync(timeout.Token);
        await running.Harness.StopAsync(timeout.Token);

        Assert.Contains(running.Harness.Logs.Entries, entry => entry.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
        running.Harness.AssertNoSecretsLogged();
    }
}
