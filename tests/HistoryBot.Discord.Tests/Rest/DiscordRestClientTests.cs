using System.Net;
using System.Text.Json.Nodes;
using HistoryBot.Discord.Rest;
using HistoryBot.Discord.Tests.Fakes;
using HistoryBot.Discord.Tests.Support;
using HistoryBot.Testing;

namespace HistoryBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests
{
    private static readonly Snowflake ChannelA = new(610000000000000001);
    private static readonly Snowflake ChannelB = new(620000000000000002);
    private static readonly MessagePayload Hello = new() { Content = "hello", AllowedMentions = AllowedMentions.None };

    [Fact]
    public async Task Every_call_is_an_operation_of_the_spec_with_a_body_it_allows()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var rest = RestHarness.Create(discord, TimeProvider.System);
        using var timeout = TestTimeout.Start();
        var token = timeout.Token;
        var message = new MessagePayload
        {
            Embeds = [new Embed("Title", "**bold**", 0x3B82F6, [new EmbedField("Context", "text")], new EmbedFooter("cite"))],
            Components = [new ActionRow([new ButtonComponent(ButtonStyle.Primary, "More results ▶", "more:abc:1")])],
            AllowedMentions = AllowedMentions.None,
        };
        var commands = AdapterHarness.StandardCommands.Select(info => HistoryBot.Discord.Adapter.SlashCommands.Build(info)!).ToList();

        var application = await rest.GetApplicationAsync(token);
        var gateway = await rest.GetGatewayBotAsync(token);
        await rest.OverwriteCommandsAsync(application.Id, null, commands, token);
        await rest.OverwriteCommandsAsync(application.Id, Events.Guild, commands, token);
        await rest.RespondAsync(new Snowflake(1), "tok", new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, message with { Flags = MessageFlags.Ephemeral }), token);
        await rest.RespondAsync(new Snowflake(2), "tok", new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource), token);
        await rest.RespondAsync(new Snowflake(3), "tok", new InteractionResponse(InteractionCallbackType.UpdateMessage, message), token);
        await rest.RespondAsync(new Snowflake(4), "tok", new InteractionResponse(InteractionCallbackType.DeferredUpdateMessage), token);
        await rest.EditOriginalResponseAsync(application.Id, "tok", message, token);
        await rest.DeleteOriginalResponseAsync(application.Id, "tok", token);
        var followUp = await rest.CreateFollowupAsync(application.Id, "tok", message with { Flags = MessageFlags.Ephemeral }, token);
        await rest.EditFollowupAsync(application.Id, "tok", followUp.Id, message, token);
        var sent = await rest.CreateMessageAsync(ChannelA, message with { MessageReference = new MessageReference(new Snowflake(5), false), Nonce = "5", EnforceNonce = true }, token);
        await rest.EditMessageAsync(ChannelA, sent.Id, message, token);

        Assert.Equal(discord.ApplicationId, application.Id);
        Assert.Equal(discord.GatewayUrl, gateway.Url);
        Assert.Equal(14, discord.Requests.Count);
        Assert.Empty(discord.Violations);
    }

    [Fact]
    public async Task The_token_goes_only_in_the_authorization_header_with_a_discord_bot_user_agent()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var rest = RestHarness.Create(discord, TimeProvider.System);
        using var timeout = TestTimeout.Start();

        await rest.CreateMessageAsync(ChannelA, Hello, timeout.Token);

        var request = Assert.Single(discord.Requests);
        Assert.Equal($"Bot {FakeDiscord.Token}", request.Authorization);
        Assert.StartsWith("DiscordBot (", request.UserAgent);
        Assert.DoesNotContain(FakeDiscord.Token, request.Path + request.Query);
    }

    [Fact]
    public async Task An_exhausted_route_waits_for_its_reset_while_another_channel_goes_on()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var time = new ManualTimeProvider();
        var rest = RestHarness.Create(discord, time);
        using var timeout = TestTimeout.Start();
        discord.On("POST", "/channels/\\d+/messages", request => new FakeResponse(200,
            new JsonObject { ["id"] = "1", ["channel_id"] = request.Path.Split('/')[2] },
            new Dictionary<string, string> { ["X-RateLimit-Bucket"] = "messages", ["X-RateLimit-Limit"] = "5", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "5" }));

        await rest.CreateMessageAsync(ChannelA, Hello, timeout.Token);
        var second = rest.CreateMessageAsync(ChannelA, Hello, timeout.Token);
        await Eventually.TrueAsync(() => time.PendingTimers == 1, timeout.Token, "the second message to wait");
        await rest.CreateMessageAsync(ChannelB, Hello, timeout.Token);

        Assert.False(second.IsCompleted);
        Assert.Single(discord.RequestsTo("POST", $"/channels/{ChannelA}/messages"));
        time.Advance(TimeSpan.FromSeconds(5));
        await second.WaitAsync(timeout.Token);
        Assert.Equal(2, discord.RequestsTo("POST", $"/channels/{ChannelA}/messages").Count);
    }

    [Fact]
    public async Task A_429_on_a_route_is_retried_after_retry_after_and_nothing_is_dropped()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var time = new ManualTimeProvider();
        var rest = RestHarness.Create(discord, time);
        using var timeout = TestTimeout.Start();
        var calls = 0;
        discord.On("POST", "/channels/\\d+/messages", request => Interlocked.Increment(ref calls) == 1
            ? FakeResponse.TooManyRequests(3, global: false, bucket: "messages")
            : FakeResponse.Ok(new JsonObject { ["id"] = "7", ["channel_id"] = ChannelA.ToString() }));

        var sending = rest.CreateMessageAsync(ChannelA, Hello, timeout.Token);
        await Eventually.TrueAsync(() => time.PendingTimers == 1, timeout.Token, "the retry to wait");

        Assert.Single(discord.Requests);
        time.Advance(TimeSpan.FromSeconds(3));
        var sent = await sending.WaitAsync(timeout.Token);
        Assert.Equal(new Snowflake(7), sent.Id);
        Assert.Equal(2, discord.Requests.Count);
    }

    [Fact]
    public async Task A_global_429_holds_every_route_until_it_passes()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var time = new ManualTimeProvider();
        var rest = RestHarness.Create(discord, time);
        using var timeout = TestTimeout.Start();
        var calls = 0;
        discord.On("POST", $"/channels/{ChannelA}/messages", request => Interlocked.Increment(ref calls) == 1
            ? FakeResponse.TooManyRequests(2, global: true)
            : FakeResponse.Ok(new JsonObject { ["id"] = "8", ["channel_id"] = ChannelA.ToString() }));

        var first = rest.CreateMessageAsync(ChannelA, Hello, timeout.Token);
        await Eventually.TrueAsync(() => time.PendingTimers == 1, timeout.Token, "the first call to wait");
        var other = rest.CreateMessageAsync(ChannelB, Hello, timeout.Token);
        await Eventually.TrueAsync(() => time.PendingTimers == 2, timeout.Token, "the other route to wait");

        Assert.Empty(discord.RequestsTo("POST", $"/channels/{ChannelB}/messages"));
        time.Advance(TimeSpan.FromSeconds(2));
        await Task.WhenAll(first, other).WaitAsync(timeout.Token);
        Assert.Single(discord.RequestsTo("POST", $"/channels/{ChannelB}/messages"));
        Assert.Equal(2, discord.RequestsTo("POST", $"/channels/{ChannelA}/messages").Count);
    }

    [Theory]
    [InlineData(401, 0, DiscordFailure.Unauthorized)]
    [InlineData(403, 50001, DiscordFailure.Forbidden)]
    [InlineData(404, 10003, DiscordFailure.NotFound)]
    [InlineData(400, 50035, DiscordFailure.BadRequest)]
    public async Task Error_statuses_map_to_one_exception_type_that_names_the_route_not_the_url(int status, int code, DiscordFailure expected)
    {
        await using var discord = await FakeDiscord.StartAsync();
        var rest = RestHarness.Create(discord, TimeProvider.System);
        using var timeout = TestTimeout.Start();
        discord.On("PATCH", "/webhooks/.*", _ => FakeResponse.Error(status, code, "Nope"));

        var error = await Assert.ThrowsAsync<DiscordException>(() => rest.EditOriginalResponseAsync(discord.ApplicationId, "secret-interaction-token", Hello, timeout.Token));

        Assert.Equal(expected, error.Failure);
        Assert.Equal((HttpStatusCode)status, error.Status);
        Assert.Equal(code, error.ErrorCode);
        Assert.Contains("PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original", error.Message);
        Assert.DoesNotContain("secret-interaction-token", error.Message);
    }

    [Fact]
    public async Task A_server_error_on_a_read_is_retried_then_reported_as_unavailable()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var rest = RestHarness.Create(discord, TimeProvider.System);
        using var timeout = TestTimeout.Start();
        discord.On("GET", "/gateway/bot", _ => FakeResponse.Error(500, 0, "Internal Server Error"));

        var error = await Assert.ThrowsAsync<DiscordException>(() => rest.GetGatewayBotAsync(timeout.Token));

        Assert.Equal(DiscordFailure.Unavailable, error.Failure);
        Assert.Equal(1 + TestTimings.Fast.RestRetries, discord.Requests.Count);
    }

    [Fact]
    public async Task A_read_that_times_out_is_retried_but_a_new_message_that_times_out_is_not()
    {
        await using var discord = await FakeDiscord.StartAsync();
        // The fake answers late without holding a thread: blocked server threads starved the pool under load.
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task<FakeResponse> Late(RecordedRequest _)
        {
            await Task.WhenAny(hold.Task, Task.Delay(TimeSpan.FromSeconds(5)));
            return FakeResponse.Error(500, 0, "late");
        }
        discord.OnAsync("GET", "/gateway/bot", Late);
        discord.OnAsync("POST", "/channels/\\d+/messages", Late);
        var rest = RestHarness.Create(discord, TimeProvider.System, TestTimings.Fast with { RestTimeout = TimeSpan.FromMilliseconds(100) });
        using var timeout = TestTimeout.Start();

        var read = await Assert.ThrowsAsync<DiscordException>(() => rest.GetGatewayBotAsync(timeout.Token));
        var post = await Assert.ThrowsAsync<DiscordException>(() => rest.CreateMessageAsync(ChannelA, Hello, timeout.Token));
        hold.SetResult();

        Assert.Equal((DiscordFailure.Unavailable, DiscordFailure.Unavailable), (read.Failure, post.Failure));
        Assert.Contains("did not answer in time", post.Message);
        await Eventually.TrueAsync(() => discord.Requests.Count == 1 + TestTimings.Fast.RestRetries + 1, timeout.Token, "the requests to be recorded");
        Assert.Equal(1 + TestTimings.Fast.RestRetries, discord.RequestsTo("GET", "/gateway/bot").Count);
        Assert.Single(discord.RequestsTo("POST", $"/channels/{ChannelA}/messages"));
    }

    [Fact]
    public async Task A_server_error_on_a_new_message_is_not_repeated_so_it_cannot_post_twice()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var rest = RestHarness.Create(discord, TimeProvider.System);
        using var timeout = TestTimeout.Start();
        discord.On("POST", "/channels/\\d+/messages", _ => FakeResponse.Error(500, 0, "Internal Server Error"));

        var error = await Assert.ThrowsAsync<DiscordException>(() => rest.CreateMessageAsync(ChannelA, Hello, timeout.Token));

        Assert.Equal(DiscordFailure.Unavailable, error.Failure);
        Assert.Single(discord.Requests);
    }
}
