using System.Text.Json.Nodes;
using HistoryBot.Core.Chat;
using HistoryBot.Discord.Tests.Support;
using Moq;

namespace HistoryBot.Discord.Tests.Adapter;

public sealed class InteractionTests
{
    private static readonly Snowflake Interaction = new(1_000_000_000_000_001);

    private static string CallbackPath(Snowflake interaction) => $"/interactions/{interaction}/{Events.TokenOf(interaction)}/callback";

    private static string OriginalPath(Snowflake interaction) => $"/webhooks/{Fakes.FakeDiscord.ApplicationIdValue}/{Events.TokenOf(interaction)}/messages/@original";

    [Fact]
    public async Task On_start_the_core_commands_are_registered_by_one_bulk_overwrite()
    {
        using var timeout = TestTimeout.Start();
        await using var running = await Running.StartAsync(timeout.Token);

        var put = await running.Discord.WaitForRequestAsync("PUT", $"/applications/{running.Discord.ApplicationId}/commands", timeout.Token);

        var names = put.Body!.AsArray().Select(command => (string?)command!["name"]).ToList();
        Assert.Equal(["ask", "help", "dailyfact", "status", "addsource"], names);
        Assert.Equal("Užduokite istorijos klausimą", (string?)put.Body![0]!["description_localizations"]!["lt"]);
    }

    [Fact]
    public async Task With_a_command_server_configured_the_commands_are_registered_there()
    {
        using var timeout = TestTimeout.Start();
        await using var running = await Running.StartAsync(timeout.Token, configuration: new Dictionary<string, string?> { ["Discord:CommandGuildId"] = Events.Guild.ToString() });

        var put = await running.Discord.WaitForRequestAsync("PUT", $"/applications/{running.Discord.ApplicationId}/guilds/{Events.Guild}/commands", timeout.Token);

        Assert.Equal(5, put.Body!.AsArray().Count);
        Assert.Empty(running.Discord.RequestsTo("PUT", $"/applications/{running.Discord.ApplicationId}/commands"));
    }

    [Fact]
    public async Task A_slash_question_answered_in_time_gets_the_answer_embed_as_the_direct_response()
    {
        using var timeout = TestTimeout.Start();
        var bot = Running.Bot();
        ChatMessage? asked = null;
        bot.Setup(b => b.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()))
            .Callback<ChatMessage, CancellationToken>((message, _) => asked = message)
            .ReturnsAsync(Replies.Answer());
        await using var running = await Running.StartAsync(timeout.Token, bot.Object);

        await running.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand(Interaction, "ask", "question", "When did the USSR ask to join NATO?", locale: "lt"));
        var callback = await running.Discord.WaitForRequestAsync("POST", CallbackPath(Interaction), timeout.Token);

        Assert.Equal(4, (int)callback.Json["type"]!);
        var embed = callback.Json["data"]!["embeds"]![0]!;
        Assert.Equal("Why The USSR Was Not Accepted Into NATO", (string?)embed["title"]);
        Assert.Equal("On March 31, 1954, the **USSR** submitted a request to **join NATO**.", (string?)embed["description"]);
        Assert.Equal("Context", (string?)embed["fields"]![0]!["name"]);
        Assert.Equal("Why The USSR Was Not Accepted Into NATO · ¶1 · English · 1/5", (string?)embed["footer"]!["text"]);
        Assert.Equal("more:abcdefghij:1", (string?)callback.Json["data"]!["components"]![0]!["components"]![0]!["custom_id"]);
        Assert.Null(callback.Json["data"]!["flags"]);
        Assert.NotNull(asked);
        Assert.Equal(
            (Platform.Discord, Events.Channel.ToString(), Events.Asker.ToString(), "Asker", ChatRole.Member, ChatKind.Group, "/ask When did the USSR ask to join NATO?", "lt"),
            (asked.Platform, asked.ChatId.Value, asked.UserId.Value, asked.UserName, asked.Role, asked.ChatKind, asked.Text, asked.LanguageHint));
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_at_once_and_then_fills_in_the_original_response()
    {
        using var timeout = TestTimeout.Start();
        var answer = new TaskCompletionSource<Reply>();
        var bot = Running.Bot();
        bot.Setup(b => b.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>())).Returns(answer.Task);
        await using var running = await Running.StartAsync(timeout.Token, bot.Object, TestTimings.Fast with { InteractionAnswerBudget = TimeSpan.FromMilliseconds(50) });

        await running.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand(Interaction, "ask", "question", "Who was Khrushchev?"));
        var deferred = await running.Discord.WaitForRequestAsync("POST", CallbackPath(Interaction), timeout.Token);
        answer.SetResult(Replies.Answer());
        var edit = await running.Discord.WaitForRequestAsync("PATCH", OriginalPath(Interaction), timeout.Token);

        Assert.Equal(5, (int)deferred.Json["type"]!);
        Assert.Null(deferred.Json["data"]);
        Assert.Equal("Why The USSR Was Not Accepted Into NATO", (string?)edit.Json["embeds"]![0]!["title"]);
        Assert.True(deferred.Order < edit.Order);
    }

    [Fact]
    public async Task A_slow_admin_command_is_deferred_privately_so_its_output_stays_ephemeral()
    {
        using var timeout = TestTimeout.Start();
        var answer = new TaskCompletionSource<Reply>();
        var bot = Running.Bot();
        bot.Setup(b => b.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>())).Returns(answer.Task);
        await using var running = await Running.StartAsync(timeout.Token, bot.Object, TestTimings.Fast with { InteractionAnswerBudget = TimeSpan.FromMilliseconds(50) });

        await running.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand(Interaction, "status", user: Events.Admin));
        var deferred = await running.Discord.WaitForRequestAsync("POST", CallbackPath(Interaction), timeout.Token);
        answer.SetResult(new Reply { Kind = ReplyKind.Info, Title = "Status", Body = RichText.Plain("Index generation 3"), Private = true });
        var edit = await running.Discord.WaitForRequestAsync("PATCH", OriginalPath(Interaction), timeout.Token);

        Assert.Equal(5, (int)deferred.Json["type"]!);
        Assert.Equal(64, (int)deferred.Json["data"]!["flags"]!);
        Assert.Equal("Index generation 3", (string?)edit.Json["embeds"]![0]!["description"]);
    }

    [Fact]
    public async Task A_deferred_public_command_whose_answer_is_private_is_replaced_by_an_ephemeral_follow_up()
    {
        using var timeout = TestTimeout.Start();
        var answer = new TaskCompletionSource<Reply>();
        var bot = Running.Bot();
        bot.Setup(b => b.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>())).Returns(answer.Task);
        await using var running = await Running.StartAsync(timeout.Token, bot.Object, TestTimings.Fast with { InteractionAnswerBudget = TimeSpan.FromMilliseconds(50) });

        await running.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand(Interaction, "ask", "question", "x"));
        await running.Discord.WaitForRequestAsync("POST", CallbackPath(Interaction), timeout.Token);
        answer.SetResult(Reply.Error("That question is too short."));
        var followUp = await running.Discord.WaitForRequestAsync("POST", $"/webhooks/{running.Discord.ApplicationId}/{Events.TokenOf(Interaction)}", timeout.Token);

        Assert.Single(running.Discord.RequestsTo("DELETE", OriginalPath(Interaction)));
        Assert.Equal(64, (int)followUp.Json["flags"]!);
        Assert.Empty(running.Discord.RequestsTo("PATCH", OriginalPath(Interaction)));
    }

    [Fact]
    public async Task A_command_the_member_may_not_run_is_refused_privately_and_never_runs()
    {
        using var timeout = TestTimeout.Start();
        var status = CommandMock(new CommandInfo("status", ChatRole.Admin, "Index and bot status", new Dictionary<string, string>()));
        var dailyFact = CommandMock(new CommandInfo("dailyfact", ChatRole.Moderator, "Daily fact", new Dictionary<string, string>(), ArgumentName: "time", AllowedInPrivateChats: false));
        var bot = new ChatBot([status.Object, dailyFact.Object], []);
        await using var running = await Running.StartAsync(timeout.Token, bot);
        var refused = new Snowflake(1_000_000_000_000_011);
        var moderator = new Snowflake(1_000_000_000_000_012);

        // Discord hides /status from this member, but a client can send it anyway.
        await running.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand(refused, "status", permissions: "8"));
        await running.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand(moderator, "dailyfact", "time", "09:00 Europe/Vilnius", permissions: Events.ModeratorPermissions));
        var refusal = await running.Discord.WaitForRequestAsync("POST", CallbackPath(refused), timeout.Token);
        await running.Discord.WaitForRequestAsync("POST", CallbackPath(moderator), timeout.Token);

        Assert.Equal(4, (int)refusal.Json["type"]!);
        Assert.Equal(64, (int)refusal.Json["data"]!["flags"]!);
        Assert.Contains("Only the bot's admins may use /status", (string?)refusal.Json["data"]!["embeds"]![0]!["description"]);
        status.Verify(command => command.ExecuteAsync(It.IsAny<ChatMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        dailyFact.Verify(command => command.ExecuteAsync(It.Is<ChatMessage>(message => message.Role == ChatRole.Moderator), "09:00 Europe/Vilnius", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task The_configured_admin_runs_admin_commands_in_a_dm()
    {
        using var timeout = TestTimeout.Start();
        var status = CommandMock(new CommandInfo("status", ChatRole.Admin, "Index and bot status", new Dictionary<string, string>()));
        await using var running = await Running.StartAsync(timeout.Token, new ChatBot([status.Object], []));

        await running.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand(Interaction, "status", direct: true, user: Events.Admin));
        var callback = await running.Discord.WaitForRequestAsync("POST", CallbackPath(Interaction), timeout.Token);

        Assert.Equal(4, (int)callback.Json["type"]!);
        status.Verify(command => command.ExecuteAsync(
            It.Is<ChatMessage>(message => message.Role == ChatRole.Admin && message.ChatKind == ChatKind.Private && message.ChatId.Value == Events.DmChannel.ToString()),
            "", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_more_results_button_pages_by_updating_the_message()
    {
        using var timeout = TestTimeout.Start();
        var bot = Running.Bot();
        bot.Setup(b => b.HandleActionAsync(It.Is<ChatAction>(action => action.Data == "more:abcdefghij:1"), It.IsAny<CancellationToken>())).ReturnsAsync(Replies.Answer(page: 1));
        await using var running = await Running.StartAsync(timeout.Token, bot.Object);

        await running.DispatchAsync("INTERACTION_CREATE", Events.ButtonPress(Interaction, "more:abcdefghij:1"));
        var callback = await running.Discord.WaitForRequestAsync("POST", CallbackPath(Interaction), timeout.Token);

        Assert.Equal(7, (int)callback.Json["type"]!);
        Assert.Equal("Why The USSR Was Not Accepted Into NATO · ¶2 · English · 2/5", (string?)callback.Json["data"]!["embeds"]![0]!["footer"]!["text"]);
        Assert.Equal("more:abcdefghij:2", (string?)callback.Json["data"]!["components"]![0]!["components"]![0]!["custom_id"]);
    }

    [Fact]
    public async Task A_button_whose_answer_is_private_leaves_the_public_answer_alone()
    {
        using var timeout = TestTimeout.Start();
        var bot = Running.Bot();
        bot.Setup(b => b.HandleActionAsync(It.IsAny<ChatAction>(), It.IsAny<CancellationToken>())).ReturnsAsync(Reply.Error("That button no longer works. Please ask again."));
        await using var running = await Running.StartAsync(timeout.Token, bot.Object);

        await running.DispatchAsync("INTERACTION_CREATE", Events.ButtonPress(Interaction, "gone:1"));
        var callback = await running.Discord.WaitForRequestAsync("POST", CallbackPath(Interaction), timeout.Token);

        Assert.Equal(4, (int)callback.Json["type"]!);
        Assert.Equal(64, (int)callback.Json["data"]!["flags"]!);
    }

    [Fact]
    public async Task A_slow_button_is_acknowledged_and_then_edits_its_message()
    {
        using var timeout = TestTimeout.Start();
        var answer = new TaskCompletionSource<Reply>();
        var bot = Running.Bot();
        bot.Setup(b => b.HandleActionAsync(It.IsAny<ChatAction>(), It.IsAny<CancellationToken>())).Returns(answer.Task);
        await using var running = await Running.StartAsync(timeout.Token, bot.Object, TestTimings.Fast with { InteractionAnswerBudget = TimeSpan.FromMilliseconds(50) });

        await running.DispatchAsync("INTERACTION_CREATE", Events.ButtonPress(Interaction, "more:abcdefghij:1"));
        var deferred = await running.Discord.WaitForRequestAsync("POST", CallbackPath(Interaction), timeout.Token);
        answer.SetResult(Replies.Answer(page: 1));
        var edit = await running.Discord.WaitForRequestAsync("PATCH", OriginalPath(Interaction), timeout.Token);

        Assert.Equal(6, (int)deferred.Json["type"]!);
        Assert.Equal("Why The USSR Was Not Accepted Into NATO · ¶2 · English · 2/5", (string?)edit.Json["embeds"]![0]!["footer"]!["text"]);
    }

    [Fact]
    public async Task Later_versions_of_a_reply_edit_the_original_response()
    {
        using var timeout = TestTimeout.Start();
        var bot = Running.Bot();
        bot.Setup(b => b.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Reply.Info("Reindexing…") with { Private = true, Updates = Progress() });
        await using var running = await Running.StartAsync(timeout.Token, bot.Object);

        await running.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand(Interaction, "status", user: Events.Admin));
        await running.Discord.WaitForRequestAsync(request => request.Method == "PATCH" && request.Body?["embeds"]?[0]?["description"]?.GetValue<string>() == "Done: 5 sources", timeout.Token);

        var edits = running.Discord.RequestsTo("PATCH", OriginalPath(Interaction));
        Assert.Equal(["Half way", "Done: 5 sources"], edits.Select(edit => (string?)edit.Json["embeds"]![0]!["description"]));
    }

    [Fact]
    public async Task A_file_option_reaches_the_core_as_an_attachment_downloaded_without_the_token()
    {
        using var timeout = TestTimeout.Start();
        var bot = Running.Bot();
        string? received = null;
        ChatMessage? asked = null;
        bot.Setup(b => b.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()))
            .Returns<ChatMessage, CancellationToken>(async (message, token) =>
            {
                asked = message;
                await using var stream = await message.Attachment!.OpenAsync(token);
                received = await new StreamReader(stream).ReadToEndAsync(token);
                return Reply.Info("Added.") with { Private = true };
            });
        await using var running = await Running.StartAsync(timeout.Token, bot.Object);
        var attachmentId = "1300000000000000013";
        var resolved = new JsonObject
        {
            ["attachments"] = new JsonObject
            {
                [attachmentId] = new JsonObject
                {
                    ["id"] = attachmentId,
                    ["filename"] = "new-source.txt",
                    ["size"] = 48,
                    ["url"] = running.Discord.CdnUrl + "/attachments/1/2/new-source.txt",
                    ["proxy_url"] = running.Discord.CdnUrl + "/attachments/1/2/new-source.txt",
                    ["content_type"] = "text/plain; charset=utf-8",
                },
            },
        };

        await running.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand(Interaction, "addsource", "file", attachmentId, user: Events.Admin, optionType: 11, resolved: resolved));
        await running.Discord.WaitForRequestAsync("POST", CallbackPath(Interaction), timeout.Token);

        Assert.Equal("/addsource", asked!.Text);
        Assert.Equal(("new-source.txt", 48L), (asked.Attachment!.FileName, asked.Attachment.Size));
        Assert.StartsWith("Title: An uploaded source", received);
        Assert.Contains("CDN GET /cdn/attachments/1/2/new-source.txt", running.Discord.Timeline);
    }

    [Fact]
    public async Task A_crash_in_a_command_still_answers_the_interaction_with_a_private_error()
    {
        using var timeout = TestTimeout.Start();
        var ask = CommandMock(new CommandInfo("ask", ChatRole.Member, "Ask a history question", new Dictionary<string, string>(), ArgumentName: "question"));
        ask.Setup(c => c.ExecuteAsync(It.IsAny<ChatMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("boom"));
        await using var running = await Running.StartAsync(timeout.Token, new ChatBot([ask.Object], []));

        await running.DispatchAsync("INTERACTION_CREATE", Events.SlashCommand(Interaction, "ask", "question", "anything"));
        var callback = await running.Discord.WaitForRequestAsync("POST", CallbackPath(Interaction), timeout.Token);

        Assert.Equal(4, (int)callback.Json["type"]!);
        Assert.Equal(64, (int)callback.Json["data"]!["flags"]!);
        Assert.Contains("Something went wrong on my side", callback.Json.ToJsonString());
        Assert.DoesNotContain("boom", callback.Json.ToJsonString());
    }

    private static async IAsyncEnumerable<Reply> Progress()
    {
        await Task.Yield();
        yield return Reply.Info("Half way");
        yield return Reply.Info("Done: 5 sources");
    }

    private static Mock<IChatCommand> CommandMock(CommandInfo info)
    {
        var command = new Mock<IChatCommand>();
        command.SetupGet(c => c.Info).Returns(info);
        command.Setup(c => c.ExecuteAsync(It.IsAny<ChatMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(Reply.Info("done"));
        return command;
    }
}
