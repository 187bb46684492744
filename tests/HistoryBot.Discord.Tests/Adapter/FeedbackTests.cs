using HistoryBot.Core.Chat;
using HistoryBot.Discord.Tests.Support;
using Moq;

namespace HistoryBot.Discord.Tests.Adapter;

/// <summary>👍/👎 under answers on Discord: a 👎 opens a modal for its reason; the submitted reason goes to the core.</summary>
public sealed class FeedbackTests
{
    private static readonly Snowflake Interaction = new(1_000_000_000_000_011);

    private static string CallbackPath(Snowflake interaction) => $"/interactions/{interaction}/{Events.TokenOf(interaction)}/callback";

    [Fact]
    public async Task A_downvote_opens_the_reason_modal_and_edits_the_answer_to_show_the_votes()
    {
        using var timeout = TestTimeout.Start();
        // Arrange: the core counts the 👎 and asks for a reason.
        var bot = Running.Bot();
        var voted = Replies.Answer() with
        {
            Buttons = [new ReplyButton("👍", "vote:abcdefghij:0:u"), new ReplyButton("👎 1", "vote:abcdefghij:0:d")],
            AskReason = new ReasonRequest("why:7", "What was wrong with this answer?", "Optional, a short sentence.", "👎 noted.", 300),
        };
        bot.Setup(b => b.HandleActionAsync(It.Is<ChatAction>(action => action.Data == "vote:abcdefghij:0:d"), It.IsAny<CancellationToken>())).ReturnsAsync(voted);
        await using var running = await Running.StartAsync(timeout.Token, bot.Object);

        // Act
        await running.DispatchAsync("INTERACTION_CREATE", Events.ButtonPress(Interaction, "vote:abcdefghij:0:d"));
        var callback = await running.Discord.WaitForRequestAsync("POST", CallbackPath(Interaction), timeout.Token);
        var edit = await running.Discord.WaitForRequestAsync("PATCH", $"/channels/{Events.Channel}/messages/410000000000000041", timeout.Token);

        // Assert: a modal with one optional paragraph input; the answer now shows "👎 1".
        Assert.Equal(9, (int)callback.Json["type"]!);
        var modal = callback.Json["data"]!;
        Assert.Equal("why:7", (string?)modal["custom_id"]);
        Assert.Equal("What was wrong with this answer?", (string?)modal["title"]);
        var input = modal["components"]![0]!["component"]!;
        Assert.Equal(18, (int)modal["components"]![0]!["type"]!);
        Assert.Equal((4, 2, false, 300), ((int)input["type"]!, (int)input["style"]!, (bool)input["required"]!, (int)input["max_length"]!));
        Assert.Equal("👎 1", (string?)edit.Json["components"]![0]!["components"]![1]!["label"]);
        Assert.Equal("Why The USSR Was Not Accepted Into NATO", (string?)edit.Json["embeds"]![0]!["title"]);
    }

    [Fact]
    public async Task A_submitted_reason_reaches_the_core_as_the_input_of_its_action_and_only_the_voter_sees_the_thanks()
    {
        using var timeout = TestTimeout.Start();
        // Arrange
        var bot = Running.Bot();
        ChatAction? received = null;
        bot.Setup(b => b.HandleActionAsync(It.IsAny<ChatAction>(), It.IsAny<CancellationToken>()))
            .Callback<ChatAction, CancellationToken>((action, _) => received = action)
            .ReturnsAsync(Reply.Info("Thank you: I noted what was wrong with that answer.") with { Private = true });
        await using var running = await Running.StartAsync(timeout.Token, bot.Object);

        // Act
        await running.DispatchAsync("INTERACTION_CREATE", Events.ModalSubmit(Interaction, "why:7", "It names the wrong year"));
        var callback = await running.Discord.WaitForRequestAsync("POST", CallbackPath(Interaction), timeout.Token);

        // Assert
        Assert.NotNull(received);
        Assert.Equal(("why:7", "It names the wrong year", Events.Asker.ToString(), ChatRole.Member), (received.Data, received.Input, received.UserId.Value, received.Role));
        Assert.Equal(4, (int)callback.Json["type"]!);
        Assert.Equal(64, (int)callback.Json["data"]!["flags"]!);
        Assert.Contains("Thank you", (string?)callback.Json["data"]!["embeds"]![0]!["description"]);
    }
}
