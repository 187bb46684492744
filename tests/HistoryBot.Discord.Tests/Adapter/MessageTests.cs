using System.Text.Json.Nodes;
using HistoryBot.Core.Chat;
using HistoryBot.Discord.Tests.Support;
using Moq;

namespace HistoryBot.Discord.Tests.Adapter;

public sealed class MessageTests
{
    private static readonly Snowflake Question = new(1_100_000_000_000_001);
    private const string Mention = "<@200000000000000002>";

    [Fact]
    public async Task A_mention_is_answered_as_a_reply_with_the_mention_stripped()
    {
        using var timeout = TestTimeout.Start();
        var bot = Running.Bot();
        ChatMessage? asked = null;
        bot.Setup(b => b.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()))
            .Callback<ChatMessage, CancellationToken>((message, _) => asked = message)
            .ReturnsAsync(Replies.Answer());
        await using var running = await Running.StartAsync(timeout.Token, bot.Object);

        await running.DispatchAsync("MESSAGE_CREATE", Events.Message(Question, $"{Mention} When did the USSR ask to join NATO?", mentionBot: true));
        var reply = await running.Discord.WaitForRequestAsync("POST", $"/channels/{Events.Channel}/messages", timeout.Token);

        Assert.Equal("When did the USSR ask to join NATO?", asked!.Text);
        Assert.Equal((ChatKind.Group, ChatRole.Member, "Asker"), (asked.ChatKind, asked.Role, asked.UserName));
        Assert.Equal(Question.ToString(), (string?)reply.Json["message_reference"]!["message_id"]);
        Assert.Equal(Question.ToString(), (string?)reply.Json["nonce"]);
        Assert.True((bool)reply.Json["enforce_nonce"]!);
        Assert.Empty(reply.Json["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Equal("Why The USSR Was Not Accepted Into NATO", (string?)reply.Json["embeds"]![0]!["title"]);
    }

    [Fact]
    public async Task A_direct_message_is_a_question_in_a_private_chat()
    {
        using var timeout = TestTimeout.Start();
        var bot = Running.Bot();
        await using var running = await Running.StartAsync(timeout.Token, bot.Object);

        await running.DispatchAsync("MESSAGE_CREATE", Events.Message(Question, "Kas buvo Chruščiovas?", direct: true));
        await running.Discord.WaitForRequestAsync("POST", $"/channels/{Events.DmChannel}/messages", timeout.Token);

        bot.Verify(b => b.HandleAsync(It.Is<ChatMessage>(message => message.ChatKind == ChatKind.Private && message.Text == "Kas buvo Chruščiovas?"
            && message.ChatId.Value == Events.DmChannel.ToString()), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_reply_to_one_of_the_bots_messages_is_addressed_to_it()
    {
        using var timeout = TestTimeout.Start();
        var bot = Running.Bot();
        await using var running = await Running.StartAsync(timeout.Token, bot.Object);

        await running.DispatchAsync("MESSAGE_CREATE", Events.Message(Question, "And in Romanian?", replyToBot: true));
        await running.Discord.WaitForRequestAsync("POST", $"/channels/{Events.Channel}/messages", timeout.Token);

        bot.Verify(b => b.HandleAsync(It.Is<ChatMessage>(message => message.Text == "And in Romanian?"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Messages_from_bots_and_webhooks_and_other_chatter_are_ignored()
    {
        using var timeout = TestTimeout.Start();
        var bot = Running.Bot();
        await using var running = await Running.StartAsync(timeout.Token, bot.Object);

        await running.DispatchAsync("MESSAGE_CREATE", Events.Message(new Snowflake(1_100_000_000_000_011), $"{Mention} from a bot", mentionBot: true, fromBot: true));
        await running.DispatchAsync("MESSAGE_CREATE", Events.Message(new Snowflake(1_100_000_000_000_012), $"{Mention} from a webhook", mentionBot: true, fromWebhook: true));
        await running.DispatchAsync("MESSAGE_CREATE", Events.Message(new Snowflake(1_100_000_000_000_013), "just people talking about NATO"));
        await running.DispatchAsync("MESSAGE_CREATE", Events.Message(new Snowflake(1_100_000_000_000_014), $"{Mention} the real question", mentionBot: true));
        await running.Discord.WaitForRequestAsync("POST", $"/channels/{Events.Channel}/messages", timeout.Token);
        await running.Harness.StopAsync(timeout.Token);

        bot.Verify(b => b.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()), Times.Once);
        bot.Verify(b => b.HandleAsync(It.Is<ChatMessage>(message => message.Text == "the real question"), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Single(running.Discord.RequestsTo("POST", $"/channels/{Events.Channel}/messages"));
    }

    [Fact]
    public async Task A_configured_admin_may_run_admin_commands_by_mention()
    {
        using var timeout = TestTimeout.Start();
        var bot = Running.Bot();
        await using var running = await Running.StartAsync(timeout.Token, bot.Object);

        await running.DispatchAsync("MESSAGE_CREATE", Events.Message(Question, $"{Mention} /status", mentionBot: true, author: Events.Admin));
        await running.Discord.WaitForRequestAsync("POST", $"/channels/{Events.Channel}/messages", timeout.Token);

        bot.Verify(b => b.HandleAsync(It.Is<ChatMessage>(message => message.Role == ChatRole.Admin && message.Text == "/status"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_file_sent_with_a_message_reaches_the_core_as_an_attachment()
    {
        using var timeout = TestTimeout.Start();
        var bot = Running.Bot();
        string? received = null;
        bot.Setup(b => b.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()))
            .Returns<ChatMessage, CancellationToken>(async (message, token) =>
            {
                await using var stream = await message.Attachment!.OpenAsync(token);
                received = $"{message.Text}|{message.Attachment.FileName}|{await new StreamReader(stream).ReadToEndAsync(token)}";
                return Reply.Info("Added.");
            });
        await using var running = await Running.StartAsync(timeout.Token, bot.Object);
        var message = Events.Message(Question, "/addsource", direct: true, author: Events.Admin);
        message["attachments"] = new JsonArray(new JsonObject
        {
            ["id"] = "1300000000000000031",
            ["filename"] = "treaty.txt",
            ["size"] = 48,
            ["url"] = running.Discord.CdnUrl + "/attachments/3/4/treaty.txt",
            ["proxy_url"] = running.Discord.CdnUrl + "/attachments/3/4/treaty.txt",
        });

        await running.DispatchAsync("MESSAGE_CREATE", message);
        await running.Discord.WaitForRequestAsync("POST", $"/channels/{Events.DmChannel}/messages", timeout.Token);

        Assert.Equal("/addsource|treaty.txt|Title: An uploaded source\n\nIt has one paragraph.", received);
    }

    [Fact]
    public async Task A_failure_in_one_event_does_not_stop_the_gateway_loop()
    {
        using var timeout = TestTimeout.Start();
        var crashes = new Snowflake(1_100_000_000_000_021);
        var refused = new Snowflake(1_100_000_000_000_022);
        var fine = new Snowflake(1_100_000_000_000_023);
        var bot = Running.Bot();
        bot.Setup(b => b.HandleAsync(It.Is<ChatMessage>(message => message.Text == "first"), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("boom"));
        await using var running = await Running.StartAsync(timeout.Token, bot.Object, script: discord =>
            discord.On("POST", $"/channels/{Events.Channel}/messages", request => NonceOf(request) == refused.ToString()
                ? Fakes.FakeResponse.Error(403, 50013, "Missing Permissions")
                : Fakes.FakeResponse.Ok(new JsonObject { ["id"] = "1", ["channel_id"] = Events.Channel.ToString() })));

        await running.DispatchAsync("MESSAGE_CREATE", Events.Message(crashes, $"{Mention} first", mentionBot: true));
        await running.DispatchAsync("MESSAGE_CREATE", Events.Message(refused, $"{Mention} second", mentionBot: true));
        await running.DispatchAsync("INTERACTION_CREATE", new JsonObject { ["id"] = "not a snowflake", ["type"] = 2 });
        await running.DispatchAsync("MESSAGE_CREATE", Events.Message(fine, $"{Mention} third", mentionBot: true));
        await running.Discord.WaitForRequestAsync(request => NonceOf(request) == fine.ToString(), timeout.Token);
        await running.Harness.StopAsync(timeout.Token);

        var logs = running.Harness.Logs.Entries;
        Assert.Contains(logs, entry => entry.Message.Contains($"Answering message {crashes} failed"));
        Assert.Contains(logs, entry => entry.Message.Contains($"Answering message {refused} failed") && entry.Exception is DiscordException { Failure: DiscordFailure.Forbidden });
        Assert.Contains(logs, entry => entry.Message.Contains("Skipped a INTERACTION_CREATE"));
        Assert.Equal(2, running.Discord.RequestsTo("POST", $"/channels/{Events.Channel}/messages").Count);
    }

    private static string? NonceOf(Fakes.RecordedRequest request) => (string?)(request.Body as JsonObject)?["nonce"];
}
