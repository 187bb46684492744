using System.Text.Json.Nodes;
using HistoryBot.Core.State;
using HistoryBot.Discord.Gateway;
using HistoryBot.Discord.Tests.Fakes;
using HistoryBot.Discord.Tests.Support;
using HistoryBot.Testing;

namespace HistoryBot.Discord.Tests.Gateway;

public sealed class GatewayShardTests
{
    private static readonly JsonObject Guild = new() { ["id"] = Events.Guild.ToString(), ["name"] = "History Club" };

    [Fact]
    public async Task Identify_carries_the_token_the_intents_and_the_shard_pair_and_ready_connects()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var shard = ShardHarness.Create(discord, TimeProvider.System).Start();
        using var timeout = TestTimeout.Start();

        var connection = await discord.NextConnectionAsync(timeout.Token);
        var identify = await connection.AcceptIdentifyAsync(timeout.Token);
        var ready = await shard.Sink.NextAsync("READY", timeout.Token);

        Assert.Equal("/gateway", connection.Path);
        var data = identify["d"]!;
        Assert.Equal(FakeDiscord.Token, (string?)data["token"]);
        Assert.Equal(1 | 512 | 4096, (int)data["intents"]!);
        Assert.Equal("[0,1]", data["shard"]!.ToJsonString());
        Assert.False(string.IsNullOrEmpty((string?)data["properties"]!["os"]));
        Assert.Equal(1, ready.Sequence);
        await Eventually.TrueAsync(() => shard.Connection.Connected, timeout.Token, "the shard to report connected");
        Assert.Equal("connected as HistoryBot", shard.Connection.Detail);
    }

    [Fact]
    public async Task Heartbeats_start_after_the_jittered_wait_and_carry_the_last_sequence_number()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.HeartbeatInterval = 40_000;
        discord.AutoAckHeartbeats = false;
        var time = new ManualTimeProvider();
        await using var shard = ShardHarness.Create(discord, time).Start();
        using var timeout = TestTimeout.Start();
        var connection = await discord.NextConnectionAsync(timeout.Token);
        await connection.AcceptIdentifyAsync(timeout.Token);
        await connection.DispatchAsync("GUILD_CREATE", 2, Guild);
        await shard.Sink.NextAsync("GUILD_CREATE", timeout.Token);

        time.Advance(TimeSpan.FromSeconds(20)); // 40 s × the jitter (0.5 in tests)
        var first = await connection.ReceiveHeartbeatAsync(timeout.Token);
        await connection.SendAsync(11, null);
        await connection.DispatchAsync("GUILD_UPDATE", 3, Guild);
        await shard.Sink.NextAsync("GUILD_UPDATE", timeout.Token);
        time.Advance(TimeSpan.FromSeconds(40));
        var second = await connection.ReceiveHeartbeatAsync(timeout.Token);

        Assert.Equal(2, (int)first["d"]!);
        Assert.Equal(3, (int)second["d"]!);
    }

    [Fact]
    public async Task Discord_asking_for_a_heartbeat_gets_one_at_once()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var shard = ShardHarness.Create(discord, TimeProvider.System).Start();
        using var timeout = TestTimeout.Start();
        var connection = await shard.ReadyAsync(discord, timeout.Token);

        await connection.SendAsync(1, null);
        var heartbeat = await connection.ReceiveHeartbeatAsync(timeout.Token);

        Assert.Equal(1, (int)heartbeat["d"]!);
    }

    [Fact]
    public async Task A_missing_heartbeat_ack_is_a_zombie_connection_that_is_dropped_and_resumed()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.HeartbeatInterval = 40_000;
        discord.AutoAckHeartbeats = false;
        var time = new ManualTimeProvider();
        await using var shard = ShardHarness.Create(discord, time).Start();
        using var timeout = TestTimeout.Start();
        var first = await discord.NextConnectionAsync(timeout.Token);
        await first.AcceptIdentifyAsync(timeout.Token, sessionId: "session-z");
        await first.DispatchAsync("GUILD_CREATE", 2, Guild);
        await shard.Sink.NextAsync("GUILD_CREATE", timeout.Token);

        time.Advance(TimeSpan.FromSeconds(20));
        await first.ReceiveHeartbeatAsync(timeout.Token);
        time.Advance(TimeSpan.FromSeconds(40)); // no ACK came
        var closeCode = await first.Closed.WaitAsync(timeout.Token);
        var second = await discord.NextConnectionAsync(timeout.Token);
        var resume = await second.ReceiveAsync(timeout.Token);

        Assert.NotEqual(1000, closeCode);
        Assert.NotEqual(1001, closeCode);
        Assert.Equal("/resume", second.Path);
        Assert.Equal(6, (int)resume["op"]!);
        Assert.Equal("session-z", (string?)resume["d"]!["session_id"]);
        Assert.Equal(2, (int)resume["d"]!["seq"]!);
        Assert.Equal(FakeDiscord.Token, (string?)resume["d"]!["token"]);
    }

    [Fact]
    public async Task Op_7_reconnects_to_the_resume_url_and_resumes_where_it_left_off()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var shard = ShardHarness.Create(discord, TimeProvider.System).Start();
        using var timeout = TestTimeout.Start();
        var first = await discord.NextConnectionAsync(timeout.Token);
        await first.AcceptIdentifyAsync(timeout.Token);
        await first.DispatchAsync("GUILD_CREATE", 2, Guild);
        await shard.Sink.NextAsync("GUILD_CREATE", timeout.Token);

        await first.SendAsync(7, null);
        var closeCode = await first.Closed.WaitAsync(timeout.Token);
        var second = await discord.NextConnectionAsync(timeout.Token);
        var resume = await second.ReceiveAsync(timeout.Token);
        await second.DispatchAsync("RESUMED", 3, new JsonObject());
        await shard.Sink.NextAsync("RESUMED", timeout.Token);

        Assert.NotEqual(1000, closeCode);
        Assert.Equal("/resume", second.Path);
        Assert.Equal((6, 2), ((int)resume["op"]!, (int)resume["d"]!["seq"]!));
        await Eventually.TrueAsync(() => shard.Connection is { Connected: true, Detail: "resumed" }, timeout.Token, "the shard to report resumed");
    }

    [Fact]
    public async Task Op_7_before_hello_is_honoured_too()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.SendHello = false;
        await using var shard = ShardHarness.Create(discord, TimeProvider.System).Start();
        using var timeout = TestTimeout.Start();

        var first = await discord.NextConnectionAsync(timeout.Token);
        discord.SendHello = true;
        await first.SendAsync(7, null);
        var second = await discord.NextConnectionAsync(timeout.Token);
        var identify = await second.ReceiveAsync(timeout.Token);

        Assert.Equal(2, (int)identify["op"]!);
    }

    [Fact]
    public async Task An_invalid_session_that_may_be_resumed_is_resumed()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var shard = ShardHarness.Create(discord, TimeProvider.System).Start();
        using var timeout = TestTimeout.Start();
        var first = await shard.ReadyAsync(discord, timeout.Token);

        await first.SendAsync(9, true);
        var second = await discord.NextConnectionAsync(timeout.Token);
        var resume = await second.ReceiveAsync(timeout.Token);

        Assert.Equal("/resume", second.Path);
        Assert.Equal(6, (int)resume["op"]!);
    }

    [Fact]
    public async Task An_invalid_session_that_may_not_be_resumed_waits_as_asked_and_identifies_anew_on_the_gateway_url()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var time = new ManualTimeProvider();
        var timings = TestTimings.Fast with { InvalidSessionMinDelay = TimeSpan.FromSeconds(3), InvalidSessionMaxDelay = TimeSpan.FromSeconds(3) };
        await using var shard = ShardHarness.Create(discord, time, timings).Start();
        using var timeout = TestTimeout.Start();
        var first = await shard.ReadyAsync(discord, timeout.Token);

        await first.SendAsync(9, false);
        await first.Closed.WaitAsync(timeout.Token);
        await Eventually.TrueAsync(() => time.PendingTimers == 1, timeout.Token, "the wait before identifying");
        Assert.Single(discord.Timeline, entry => entry.StartsWith("GATEWAY connect", StringComparison.Ordinal));
        time.Advance(TimeSpan.FromSeconds(3));
        var second = await discord.NextConnectionAsync(timeout.Token);
        var identify = await second.ReceiveAsync(timeout.Token);

        Assert.Equal("/gateway", second.Path);
        Assert.Equal(2, (int)identify["op"]!);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4003)]
    [InlineData(4005)]
    [InlineData(4008)]
    public async Task A_close_code_that_allows_it_is_followed_by_a_resume(int code)
    {
        var (second, first) = await CloseAndReconnectAsync(code);

        Assert.Equal("/resume", second.Path);
        Assert.Equal(6, (int)first["op"]!);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task A_close_code_for_a_dead_session_is_followed_by_a_new_identify(int code)
    {
        var (second, first) = await CloseAndReconnectAsync(code);

        Assert.Equal("/gateway", second.Path);
        Assert.Equal(2, (int)first["op"]!);
    }

    [Theory]
    [InlineData(4004, "authentication failed (4004)")]
    [InlineData(4010, "invalid shard (4010)")]
    [InlineData(4011, "sharding required (4011)")]
    [InlineData(4012, "invalid API version (4012)")]
    [InlineData(4013, "invalid intents (4013)")]
    [InlineData(4014, "disallowed intents (4014)")]
    public async Task A_close_code_that_forbids_reconnecting_stops_with_a_clear_message(int code, string reason)
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var shard = ShardHarness.Create(discord, TimeProvider.System).Start();
        using var timeout = TestTimeout.Start();
        var connection = await discord.NextConnectionAsync(timeout.Token);
        await connection.ReceiveAsync(timeout.Token);

        await connection.CloseAsync(code);
        var error = await Assert.ThrowsAsync<DiscordException>(() => shard.Run.WaitAsync(timeout.Token));

        Assert.Equal(DiscordFailure.GatewayRejected, error.Failure);
        Assert.Contains(reason, error.Message);
        Assert.False(shard.Connection.Connected);
        Assert.StartsWith("stopped: " + reason, shard.Connection.Detail);
        Assert.Single(discord.Timeline, entry => entry.StartsWith("GATEWAY connect", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_dropped_connection_without_a_close_code_is_resumed()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var shard = ShardHarness.Create(discord, TimeProvider.System).Start();
        using var timeout = TestTimeout.Start();
        var first = await shard.ReadyAsync(discord, timeout.Token);

        first.Abort();
        var second = await discord.NextConnectionAsync(timeout.Token);
        var resume = await second.ReceiveAsync(timeout.Token);

        Assert.Equal(6, (int)resume["op"]!);
    }

    [Fact]
    public async Task Closing_sends_a_normal_close_and_forgets_the_session()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var shard = ShardHarness.Create(discord, TimeProvider.System).Start();
        using var timeout = TestTimeout.Start();
        var connection = await shard.ReadyAsync(discord, timeout.Token);
        Assert.NotNull(await shard.Store.LoadAsync(shard.Shard.Shard.Id, shard.Shard.Shard.Count, TimeSpan.FromMinutes(3), timeout.Token));

        await shard.Shard.CloseAsync(timeout.Token);
        var code = await connection.Closed.WaitAsync(timeout.Token);
        await shard.Run.WaitAsync(timeout.Token);

        Assert.Equal(1000, code);
        Assert.Null(await shard.Store.LoadAsync(shard.Shard.Shard.Id, shard.Shard.Shard.Count, TimeSpan.FromMinutes(3), timeout.Token));
        Assert.Equal("stopped", shard.Connection.Detail);
    }

    [Fact]
    public async Task A_restarted_shard_resumes_the_session_the_previous_run_stored()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var stored = new GatewaySession("session-before-restart", discord.ResumeUrl, 41);
        await using var shard = ShardHarness.Create(discord, TimeProvider.System, stored: stored).Start();
        using var timeout = TestTimeout.Start();

        var connection = await discord.NextConnectionAsync(timeout.Token);
        var resume = await connection.ReceiveAsync(timeout.Token);

        Assert.Equal("/resume", connection.Path);
        Assert.Equal(6, (int)resume["op"]!);
        Assert.Equal("session-before-restart", (string?)resume["d"]!["session_id"]);
        Assert.Equal(41, (int)resume["d"]!["seq"]!);
    }

    [Fact]
    public async Task A_resume_url_that_keeps_failing_is_given_up_for_a_new_session()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var stored = new GatewaySession("session-unreachable", "ws://127.0.0.1:9/resume", 7);
        await using var shard = ShardHarness.Create(discord, TimeProvider.System, stored: stored).Start();
        using var timeout = TestTimeout.Start();

        var connection = await discord.NextConnectionAsync(timeout.Token);
        var identify = await connection.ReceiveAsync(timeout.Token);

        Assert.Equal("/gateway", connection.Path);
        Assert.Equal(2, (int)identify["op"]!);
    }

    private static async Task<(FakeGatewayConnection Second, JsonObject FirstFrame)> CloseAndReconnectAsync(int code)
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var shard = ShardHarness.Create(discord, TimeProvider.System).Start();
        using var timeout = TestTimeout.Start();
        var first = await shard.ReadyAsync(discord, timeout.Token);

        await first.CloseAsync(code);
        var second = await discord.NextConnectionAsync(timeout.Token);
        var frame = await second.ReceiveAsync(timeout.Token);
        return (second, frame);
    }
}
