using System.Text.Json.Nodes;
using HistoryBot.Core.Administration;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Chat.Commands;
using HistoryBot.Core.Settings;
using HistoryBot.Core.State;
using HistoryBot.Discord.Tests.Fakes;
using HistoryBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HistoryBot.Discord.Tests.Adapter;

/// <summary>
/// /settings through the Discord adapter with the real command and chat core on the adapter's own
/// settings cache: moderators only, plain channel messages as questions (with the Message Content
/// intent), and long answers in a thread started from the question.
/// </summary>
public sealed class SettingsTests
{
    private const string Question = "When did the USSR ask to join NATO?";
    private const string Mention = "<@200000000000000002>";
    private static readonly Snowflake OtherChannel = new(600000000000000077);

    private static readonly Dictionary<string, string?> WithMessageContent = new() { ["Discord:MessageContentIntent"] = "true" };

    /// <summary>The real chat core with /settings and an /ask that repeats the question (long when the question says "long").</summary>
    private static void RealCore(IServiceCollection services) =>
        services.AddSingleton<IChatBot>(provider =>
        {
            var settings = provider.GetRequiredService<ChatSettingsCache>();
            var command = new SettingsCommand(settings, provider.GetServices<IGroupMessageAccess>(), new AdminAudit(new SqlAuditLog(provider.GetRequiredService<IStateDatabase>()), TimeProvider.System), TimeProvider.System);
            return new ChatBot([command, new RepeatingAsk()], [], settings: settings);
        });

    private static string CallbackPath(Snowflake interaction) => $"/interactions/{interaction}/{Events.TokenOf(interaction)}/callback";

    private static JsonObject MessageIn(Snowflake channel, Snowflake id, string content, bool mentionBot = false)
    {
        var message = Events.Message(id, content, mentionBot: mentionBot);
        message["channel_id"] = channel.ToString();
        return message;
    }

    private static async Task<string> SettingsAsync(Running running, Snowflake id, string value, string permissions, CancellationToken cancellationToken)
    {
        await running.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand(id, "settings", "setting", value, permissions: permissions));
        var response = await running.Discord.WaitForRequestAsync("POST", CallbackPath(id), cancellationToken);
        Assert.Equal(64, (int)response.Json["data"]!["flags"]!);
        return (string)response.Json["data"]!["embeds"]![0]!["description"]!;
    }

    [Fact]
    public async Task After_a_moderator_sets_questions_all_plain_messages_in_that_channel_are_answered_but_not_in_another_channel_and_members_are_refused()
    {
        using var timeout = TestTimeout.Start();
        // Arrange: the operator turned the Message Content intent on.
        await using var running = await Running.StartAsync(timeout.Token, configuration: WithMessageContent, services: RealCore);
        var refused = await SettingsAsync(running, new Snowflake(1_000_000_000_000_031), "questions all", Events.MemberPermissions, timeout.Token);
        // A plain message before the change, then a mention; once the mention is answered and nothing is in flight, both were handled.
        await running.DispatchAsync("MESSAGE_CREATE", MessageIn(Events.Channel, new Snowflake(1_100_000_000_000_029), "Before the change?"));
        await running.DispatchAsync("MESSAGE_CREATE", MessageIn(Events.Channel, new Snowflake(1_100_000_000_000_030), $"{Mention} Addressed before?", mentionBot: true));
        await running.Discord.WaitForRequestAsync("POST", $"/channels/{Events.Channel}/messages", timeout.Token);
        var inFlight = running.Harness.Services.GetRequiredService<HistoryBot.Discord.Adapter.InFlightTracker>();
        await Eventually.TrueAsync(() => inFlight.Count == 0, timeout.Token, "the messages before the change handled");

        // Act
        var set = await SettingsAsync(running, new Snowflake(1_000_000_000_000_032), "questions all", Events.ModeratorPermissions, timeout.Token);
        await running.DispatchAsync("MESSAGE_CREATE", MessageIn(Events.Channel, new Snowflake(1_100_000_000_000_031), Question));
        var answer = await running.Discord.WaitForRequestAsync(request => request.Method == "POST" && request.Path == $"/channels/{Events.Channel}/messages"
            && (string?)request.Json["message_reference"]?["message_id"] == "1100000000000031", timeout.Token);
        await running.DispatchAsync("MESSAGE_CREATE", MessageIn(OtherChannel, new Snowflake(1_100_000_000_000_032), Question));
        await running.DispatchAsync("MESSAGE_CREATE", MessageIn(OtherChannel, new Snowflake(1_100_000_000_000_033), $"{Mention} Addressed?", mentionBot: true));
        var other = await running.Discord.WaitForRequestAsync("POST", $"/channels/{OtherChannel}/messages", timeout.Token);
        await Eventually.TrueAsync(() => inFlight.Count == 0, timeout.Token, "every message handled");

        // Assert
        Assert.Equal("Only moderators (chat administrators) may use /settings.", refused);
        Assert.StartsWith("Changed: questions all.", set);
        Assert.DoesNotContain("Message Content Intent", set);
        Assert.Equal("answer: " + Question, (string?)answer.Json["embeds"]![0]!["description"]);
        Assert.Equal("1100000000000031", (string?)answer.Json["message_reference"]!["message_id"]);
        Assert.Equal(["1100000000000030", "1100000000000031"],
            running.Discord.RequestsTo("POST", $"/channels/{Events.Channel}/messages").Select(request => (string?)request.Json["message_reference"]!["message_id"]));
        Assert.Equal("answer: Addressed?", (string?)Assert.Single(running.Discord.RequestsTo("POST", $"/channels/{OtherChannel}/messages")).Json["embeds"]![0]!["description"]);
        Assert.Equal("answer: Addressed?", (string?)other.Json["embeds"]![0]!["description"]);
        Assert.Equal(1 | 512 | 4096 | 32768, (int)running.Identify["d"]!["intents"]!);
    }

    [Fact]
    public async Task With_questions_all_small_talk_nobody_addressed_to_the_bot_gets_no_reply_but_the_same_words_with_a_mention_do()
    {
        using var timeout = TestTimeout.Start();
        // Arrange: every message in the channel is a question.
        await using var running = await Running.StartAsync(timeout.Token, configuration: WithMessageContent, services: RealCore);
        await SettingsAsync(running, new Snowflake(1_000_000_000_000_041), "questions all", Events.ModeratorPermissions, timeout.Token);
        var inFlight = running.Harness.Services.GetRequiredService<HistoryBot.Discord.Adapter.InFlightTracker>();

        // Act: small talk, the same words to the bot, and a question, in that order.
        await running.DispatchAsync("MESSAGE_CREATE", MessageIn(Events.Channel, new Snowflake(1_100_000_000_000_041), "ok thanks, see you tomorrow"));
        await Eventually.TrueAsync(() => inFlight.Count == 0, timeout.Token, "the small talk handled");
        await running.DispatchAsync("MESSAGE_CREATE", MessageIn(Events.Channel, new Snowflake(1_100_000_000_000_042), $"{Mention} ok thanks", mentionBot: true));
        await running.DispatchAsync("MESSAGE_CREATE", MessageIn(Events.Channel, new Snowflake(1_100_000_000_000_043), Question));
        await running.Discord.WaitForRequestAsync(request => request.Method == "POST" && request.Path == $"/channels/{Events.Channel}/messages"
            && (string?)request.Json["message_reference"]?["message_id"] == "1100000000000043", timeout.Token);
        await Eventually.TrueAsync(() => inFlight.Count == 0, timeout.Token, "every message handled");

        // Assert: replies to the mention and to the question only.
        Assert.Equal(["1100000000000042", "1100000000000043"],
            running.Discord.RequestsTo("POST", $"/channels/{Events.Channel}/messages").Select(request => (string?)request.Json["message_reference"]!["message_id"]).Order());
    }

    [Fact]
    public async Task Without_the_message_content_intent_no_privileged_intent_is_asked_for_and_settings_say_what_the_operator_must_turn_on()
    {
        using var timeout = TestTimeout.Start();
        // Arrange
        await using var running = await Running.StartAsync(timeout.Token, services: RealCore);

        // Act: Discord sends a server message that does not mention the bot without its text.
        var set = await SettingsAsync(running, new Snowflake(1_000_000_000_000_041), "questions all", Events.ModeratorPermissions, timeout.Token);
        await running.DispatchAsync("MESSAGE_CREATE", MessageIn(Events.Channel, new Snowflake(1_100_000_000_000_041), ""));
        await running.DispatchAsync("MESSAGE_CREATE", MessageIn(Events.Channel, new Snowflake(1_100_000_000_000_042), $"{Mention} Addressed?", mentionBot: true));
        var reply = await running.Discord.WaitForRequestAsync("POST", $"/channels/{Events.Channel}/messages", timeout.Token);

        // Assert
        Assert.Contains("⚠ Discord sends this bot the text of server messages only when they mention it", set);
        Assert.Contains("Discord:MessageContentIntent=true", set);
        Assert.Equal(1 | 512 | 4096, (int)running.Identify["d"]!["intents"]!);
        Assert.Equal("1100000000000042", (string?)Assert.Single(running.Discord.RequestsTo("POST", $"/channels/{Events.Channel}/messages")).Json["message_reference"]!["message_id"]);
        Assert.Equal("answer: Addressed?", (string?)reply.Json["embeds"]![0]!["description"]);
    }

    [Fact]
    public async Task With_threads_on_a_long_answer_goes_into_a_thread_started_from_the_question_and_a_short_one_stays_a_reply()
    {
        using var timeout = TestTimeout.Start();
        // Arrange
        await using var running = await Running.StartAsync(timeout.Token, services: RealCore);
        var longQuestion = new Snowflake(1_100_000_000_000_051);
        var shortQuestion = new Snowflake(1_100_000_000_000_052);
        await SettingsAsync(running, new Snowflake(1_000_000_000_000_051), "threads on", Events.ModeratorPermissions, timeout.Token);

        // Act
        await running.DispatchAsync("MESSAGE_CREATE", MessageIn(Events.Channel, longQuestion, $"{Mention} A long answer please: {Question}", mentionBot: true));
        var thread = await running.Discord.WaitForRequestAsync("POST", $"/channels/{Events.Channel}/messages/{longQuestion}/threads", timeout.Token);
        var inThread = await running.Discord.WaitForRequestAsync("POST", $"/channels/{longQuestion}/messages", timeout.Token);
        await running.DispatchAsync("MESSAGE_CREATE", MessageIn(Events.Channel, shortQuestion, $"{Mention} Short?", mentionBot: true));
        var inChannel = await running.Discord.WaitForRequestAsync("POST", $"/channels/{Events.Channel}/messages", timeout.Token);

        // Assert: the thread is named after the question; the answer in it needs no reference to it.
        Assert.Equal("A long answer please: " + Question, (string?)thread.Json["name"]);
        Assert.StartsWith("answer: A long answer please", (string?)inThread.Json["embeds"]![0]!["description"]);
        Assert.Null(inThread.Json["message_reference"]);
        Assert.Equal(shortQuestion.ToString(), (string?)inChannel.Json["message_reference"]!["message_id"]);
        Assert.Single(running.Discord.RequestsTo("POST", @"/channels/\d+/messages/\d+/threads"));
    }

    [Fact]
    public async Task With_threads_on_a_long_answer_to_a_slash_command_goes_into_a_thread_started_from_the_response()
    {
        using var timeout = TestTimeout.Start();
        // Arrange
        await using var running = await Running.StartAsync(timeout.Token, services: RealCore);
        await SettingsAsync(running, new Snowflake(1_000_000_000_000_071), "threads on", Events.ModeratorPermissions, timeout.Token);
        var ask = new Snowflake(1_000_000_000_000_072);

        // Act
        await running.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand(ask, "ask", "question", "A long answer please: " + Question));
        var thread = await running.Discord.WaitForRequestAsync("POST", $@"/channels/{Events.Channel}/messages/\d+/threads", timeout.Token);
        var threadId = thread.Path.Split('/')[4];
        var inThread = await running.Discord.WaitForRequestAsync("POST", $"/channels/{threadId}/messages", timeout.Token);

        // Assert: the response (deferred, then the question) opens the thread; the answer is in it.
        var callback = await running.Discord.WaitForRequestAsync("POST", CallbackPath(ask), timeout.Token);
        Assert.Equal(5, (int)callback.Json["type"]!);
        var opener = Assert.Single(running.Discord.RequestsTo("PATCH", $@"/webhooks/{FakeDiscord.ApplicationIdValue}/[^/]+/messages/@original"));
        Assert.Equal("❓ A long answer please: " + Question, (string?)opener.Json["embeds"]![0]!["description"]);
        Assert.Equal("A long answer please: " + Question, (string?)thread.Json["name"]);
        Assert.StartsWith("answer: A long answer please", (string?)inThread.Json["embeds"]![0]!["description"]);
    }

    [Fact]
    public async Task When_discord_refuses_the_thread_the_long_answer_is_a_reply_in_the_channel()
    {
        using var timeout = TestTimeout.Start();
        // Arrange: the bot lacks Create Public Threads in this channel.
        await using var running = await Running.StartAsync(timeout.Token, services: RealCore,
            script: discord => discord.On("POST", @"/channels/\d+/messages/\d+/threads", _ => FakeResponse.Error(403, 50013, "Missing Permissions")));
        var question = new Snowflake(1_100_000_000_000_061);
        await SettingsAsync(running, new Snowflake(1_000_000_000_000_061), "threads on", Events.ModeratorPermissions, timeout.Token);

        // Act
        await running.DispatchAsync("MESSAGE_CREATE", MessageIn(Events.Channel, question, $"{Mention} A long answer please: {Question}", mentionBot: true));
        var reply = await running.Discord.WaitForRequestAsync("POST", $"/channels/{Events.Channel}/messages", timeout.Token);

        // Assert
        Assert.Equal(question.ToString(), (string?)reply.Json["message_reference"]!["message_id"]);
        Assert.StartsWith("answer: A long answer please", (string?)reply.Json["embeds"]![0]!["description"]);
        Assert.Contains(running.Harness.Logs.Entries, entry => entry.ToString().Contains("Could not start a thread from message", StringComparison.Ordinal));
    }

    /// <summary>/ask for these tests: repeats the question, padded past the long-answer length when it asks for a long one.</summary>
    private sealed class RepeatingAsk : IChatCommand
    {
        public CommandInfo Info { get; } = new("ask", ChatRole.Member, "Ask a history question", new Dictionary<string, string>(), ArgumentName: "question", ArgumentRequired: true);

        public Task<Reply> ExecuteAsync(ChatMessage message, string arguments, CancellationToken cancellationToken)
        {
            // As the real /ask: small talk nobody addressed to the bot gets nothing.
            if (message.Unaddressed && !AskCommand.IsWordedAsQuestion(arguments))
                return Task.FromResult(Reply.Nothing);
            var text = "answer: " + arguments;
            if (arguments.Contains("long", StringComparison.Ordinal))
                text += "\n\n" + new string('·', ChatSettings.LongReplyCharacters);
            return Task.FromResult(new Reply { Kind = ReplyKind.Answer, Title = "Answer", Body = RichText.Plain(text) });
        }
    }
}
