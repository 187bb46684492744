using HistoryBot.Core.Chat;
using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Telegram.Tests.Hosting;
using Moq;
using Xunit;

namespace HistoryBot.Telegram.Tests;

public sealed class ButtonTests : ScenarioTests
{
    [Fact]
    public async Task More_results_pages_through_the_answers_by_editing_the_message()
    {
        // Arrange: the real chat core over the committed sources.
        await Scenario.StartBotAsync(realCore: true);
        var api = Scenario.Api;
        var answer = await Scenario.AskAsync(Fixtures.PrivateText(Fixtures.Alice, "When did the USSR ask to join NATO?"));
        var more = answer.ButtonData.Single(data => data.StartsWith("more:", StringComparison.Ordinal));
        var message = api.LastSentMessage(Fixtures.AliceId);
        var messageId = message["message_id"]!.GetValue<int>();

        // Act
        api.EnqueueUpdate(Fixtures.Callback(Fixtures.Alice, message, more));
        var edit = await api.WaitForCallAsync("editMessageText", cancellationToken: Scenario.Timeout);

        // Assert: the best passage in bold, with its citation; then page 2 in the same message.
        Assert.Contains("<b>", answer.Text);
        Assert.Contains("NATO", answer.Text);
        Assert.Contains("1/", answer.Text);
        Assert.True(answer.ButtonData.Count >= 2);
        Assert.Equal(messageId, edit.Parameters["message_id"]!.GetValue<int>());
        Assert.Equal(Fixtures.AliceId, edit.ChatId);
        Assert.Contains("2/", edit.Text);
        Assert.True(edit.IsHtml);
        Assert.Contains(edit.ButtonData, data => data.StartsWith("more:", StringComparison.Ordinal) && data.EndsWith(":0", StringComparison.Ordinal));
        var answered = await api.WaitForCallAsync("answerCallbackQuery", cancellationToken: Scenario.Timeout);
        Assert.Null(answered.Text);
        Assert.Single(api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task Closest_passage_button_under_a_not_found_shows_the_passage_marked_as_perhaps_not_answering()
    {
        // Arrange: the real chat core; the sources name the USSR and Czechoslovakia, never an invasion.
        await Scenario.StartBotAsync(realCore: true);
        var api = Scenario.Api;
        var notFound = await Scenario.AskAsync(Fixtures.PrivateText(Fixtures.Alice, "When did Soviet troops invade Czechoslovakia?"));
        var closest = Assert.Single(notFound.ButtonData);

        // Act
        api.EnqueueUpdate(Fixtures.Callback(Fixtures.Alice, api.LastSentMessage(Fixtures.AliceId), closest));
        var edit = await api.WaitForCallAsync("editMessageText", cancellationToken: Scenario.Timeout);

        // Assert
        Assert.Contains("My sources never mention “invade”.", notFound.Text);
        Assert.StartsWith($"{AnswerReplies.ClosestPrefix}:", closest, StringComparison.Ordinal);
        Assert.Contains(BotTexts.ClosestCaveat("en"), edit.Text);
        Assert.Contains("Czechoslovakia", edit.Text);
    }

    [Fact]
    public async Task Source_button_shows_the_whole_paragraph_in_the_message()
    {
        // Arrange
        await Scenario.StartBotAsync(realCore: true);
        var api = Scenario.Api;
        var answer = await Scenario.AskAsync(Fixtures.PrivateText(Fixtures.Alice, "Molotov proposal collective security Europe"));
        var source = answer.ButtonData.Single(data => data.StartsWith("src:", StringComparison.Ordinal));

        // Act
        api.EnqueueUpdate(Fixtures.Callback(Fixtures.Alice, api.LastSentMessage(Fixtures.AliceId), source));
        var edit = await api.WaitForCallAsync("editMessageText", cancellationToken: Scenario.Timeout);

        // Assert: the paragraph, no quote block (it is the body now), a button back.
        Assert.DoesNotContain("<blockquote", edit.Text);
        Assert.True(edit.Text!.Length > 200);
        Assert.Contains(edit.ButtonData, data => data.StartsWith("more:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Button_data_is_handed_to_the_core_as_it_was_sent()
    {
        // Arrange
        Scenario.Bot.Setup(bot => bot.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Reply { Kind = ReplyKind.Answer, Body = RichText.Plain("Answer"), Buttons = [new ReplyButton("More results ▶", "more:abcdefghij:1")] });
        await Scenario.StartBotAsync();
        var api = Scenario.Api;
        await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Alice, "/ask when?"));
        api.SetMemberStatus(Fixtures.GroupId, Fixtures.BobId, "administrator");

        // Act: Bob, a group admin, presses the button under Alice's answer.
        api.EnqueueUpdate(Fixtures.Callback(Fixtures.Bob, api.LastSentMessage(Fixtures.GroupId), "more:abcdefghij:1"));
        var edit = await api.WaitForCallAsync("editMessageText", cancellationToken: Scenario.Timeout);

        // Assert
        Assert.Equal("pressed: more:abcdefghij:1", edit.Text);
        Assert.Empty(edit.ButtonData);
        Scenario.Bot.Verify(bot => bot.HandleActionAsync(
            It.Is<ChatAction>(action => action.Data == "more:abcdefghij:1" && action.Role == ChatRole.Moderator && action.ChatKind == ChatKind.Group
                && action.UserId.Value == Fixtures.BobId.ToString() && action.LanguageHint == "lt"),
            It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task Refused_button_shows_an_alert_and_leaves_the_message_alone()
    {
        // Arrange
        Scenario.Bot.Setup(bot => bot.HandleActionAsync(It.IsAny<ChatAction>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Reply.Refusal("Only moderators (chat administrators) may use this button."));
        await Scenario.StartBotAsync();
        var api = Scenario.Api;
        await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Alice, "/ask when?"));

        // Act
        api.EnqueueUpdate(Fixtures.Callback(Fixtures.Alice, api.LastSentMessage(Fixtures.GroupId), "daily:off"));
        var alert = await api.WaitForCallAsync("answerCallbackQuery", cancellationToken: Scenario.Timeout);

        // Assert
        Assert.Equal("Only moderators (chat administrators) may use this button.", alert.Text);
        Assert.True(alert.Parameters["show_alert"]!.GetValue<bool>());
        Assert.Empty(api.CallsTo("editMessageText"));
    }

    [Fact]
    public async Task Button_under_an_inaccessible_message_answers_with_a_new_message()
    {
        // Arrange: Telegram no longer shows the bot the old message (date 0).
        await Scenario.StartBotAsync();
        var old = new System.Text.Json.Nodes.JsonObject { ["chat"] = Fixtures.PrivateChat(Fixtures.Alice), ["message_id"] = 3, ["date"] = 0 };

        // Act
        var sent = await Scenario.AskAsync(Fixtures.Callback(Fixtures.Alice, old, "more:abcdefghij:2"));

        // Assert
        Assert.Equal("pressed: more:abcdefghij:2", sent.Text);
        Assert.Empty(Scenario.Api.CallsTo("editMessageText"));
        await Scenario.Api.WaitForCallAsync("answerCallbackQuery", cancellationToken: Scenario.Timeout);
    }
}
