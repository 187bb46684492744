using System.Text.Json.Nodes;
using HistoryBot.Core.Chat;
using HistoryBot.Discord.Adapter;
using HistoryBot.Discord.Tests.Fakes;
using HistoryBot.Discord.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace HistoryBot.Discord.Tests.Adapter;

public sealed class DiscordTransportTests
{
    private static readonly ChatId Channel = new(Events.Channel.ToString());

    private static DiscordTransport Transport(FakeDiscord discord) =>
        new(RestHarness.Create(discord, TimeProvider.System), NullLogger<DiscordTransport>.Instance);

    [Fact]
    public async Task A_daily_fact_is_posted_to_the_channel_as_an_embed()
    {
        await using var discord = await FakeDiscord.StartAsync();
        using var timeout = TestTimeout.Start();

        var result = await Transport(discord).SendAsync(Channel, Reply.Info("On 31 March 1954 the USSR asked to join NATO.", "Fact of the day"), timeout.Token);

        Assert.Equal(DeliveryResult.Sent, result);
        var post = Assert.Single(discord.RequestsTo("POST", $"/channels/{Events.Channel}/messages"));
        Assert.Equal("Fact of the day", (string?)post.Json["embeds"]![0]!["title"]);
        Assert.Null(post.Json["message_reference"]);
    }

    [Theory]
    [InlineData(403, 50001)] // Missing Access: the bot was removed from the channel
    [InlineData(403, 50013)] // Missing Permissions
    [InlineData(404, 10003)] // Unknown Channel: deleted
    public async Task A_channel_the_bot_may_no_longer_post_in_is_forbidden(int status, int code)
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.On("POST", "/channels/\\d+/messages", _ => FakeResponse.Error(status, code, "Nope"));
        using var timeout = TestTimeout.Start();

        var result = await Transport(discord).SendAsync(Channel, Reply.Info("fact"), timeout.Token);

        Assert.Equal(DeliveryResult.Forbidden, result);
    }

    [Fact]
    public async Task A_failure_that_may_pass_is_reported_as_failed()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.On("POST", "/channels/\\d+/messages", _ => FakeResponse.Error(502, 0, "Bad Gateway"));
        using var timeout = TestTimeout.Start();

        var result = await Transport(discord).SendAsync(Channel, Reply.Info("fact"), timeout.Token);

        Assert.Equal(DeliveryResult.Failed, result);
        Assert.Equal(1 + TestTimings.Fast.RestRetries, discord.Requests.Count);
    }

    [Fact]
    public async Task A_chat_id_that_is_not_a_discord_channel_is_refused_without_a_request()
    {
        await using var discord = await FakeDiscord.StartAsync();
        using var timeout = TestTimeout.Start();

        var result = await Transport(discord).SendAsync(new ChatId("console"), Reply.Info("fact"), timeout.Token);

        Assert.Equal(DeliveryResult.Forbidden, result);
        Assert.Empty(discord.Requests);
    }

    [Fact]
    public async Task Later_versions_of_a_posted_reply_edit_the_message()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.On("POST", "/channels/\\d+/messages", _ => FakeResponse.Ok(new JsonObject { ["id"] = "4400000000000000044", ["channel_id"] = Events.Channel.ToString() }));
        using var timeout = TestTimeout.Start();

        var result = await Transport(discord).SendAsync(Channel, Reply.Info("Posting…") with { Updates = Versions() }, timeout.Token);

        Assert.Equal(DeliveryResult.Sent, result);
        var edit = Assert.Single(discord.RequestsTo("PATCH", $"/channels/{Events.Channel}/messages/4400000000000000044"));
        Assert.Equal("Posted.", (string?)edit.Json["embeds"]![0]!["description"]);
    }

    private static async IAsyncEnumerable<Reply> Versions()
    {
        await Task.Yield();
        yield return Reply.Info("Posted.");
    }
}
