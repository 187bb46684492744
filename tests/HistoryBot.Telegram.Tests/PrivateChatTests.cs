using HistoryBot.Core.Chat;
using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Telegram.Tests.Hosting;
using Moq;
using Xunit;

namespace HistoryBot.Telegram.Tests;

public sealed class PrivateChatTests : ScenarioTests
{
    [Fact]
    public async Task Private_question_is_answered_as_a_reply_while_typing_shows()
    {
        // Arrange: the core answers only once the typing indicator was sent.
        var api = Scenario.Api;
        ChatMessage? received = null;
        Scenario.Bot.Setup(bot => bot.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()))
            .Returns(async (ChatMessage message, CancellationToken _) =>
            {
                received = message;
                await api.WaitForCallAsync("sendChatAction", call => call.ChatId == Fixtures.AliceId, Scenario.Timeout);
                return Reply.Info("The USSR asked in 1954.");
            });
        await Scenario.StartBotAsync();
        var update = Fixtures.PrivateText(Fixtures.Alice, "When did the USSR ask to join NATO?");

        // Act
        var sent = await Scenario.AskAsync(update);

        // Assert
        Assert.NotNull(received);
        Assert.Equal(Platform.Telegram, received.Platform);
        Assert.Equal(ChatKind.Private, received.ChatKind);
        Assert.Equal(ChatRole.Member, received.Role);
        Assert.Equal("When did the USSR ask to join NATO?", received.Text);
        Assert.Equal("en", received.LanguageHint);
        Assert.Equal(Fixtures.AliceId.ToString(), received.ChatId.Value);
        Assert.Equal("The USSR asked in 1954.", sent.Text);
        Assert.True(sent.IsHtml);
        Assert.Equal(update["message"]!["message_id"]!.GetValue<int>(), sent.ReplyTo);
        Assert.True(sent.Parameters["link_preview_options"]?["is_disabled"]?.GetValue<bool>());
        var typing = api.CallsTo("sendChatAction").First();
        Assert.Equal("typing", typing.String("action"));
        Assert.True(typing.Sequence < sent.Sequence);
    }

    [Fact]
    public async Task Typing_is_renewed_while_the_answer_takes_long()
    {
        // Arrange
        var release = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        Scenario.Bot.Setup(bot => bot.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>())).Returns(release.Task);
        await Scenario.StartBotAsync();
        Scenario.Api.EnqueueUpdate(Fixtures.PrivateText(Fixtures.Alice, "a hard question"));
        await Scenario.Api.WaitForCallAsync("sendChatAction", cancellationToken: Scenario.Timeout);

        // Act: "typing…" lasts five seconds; four seconds on, it is sent again.
        await Scenario.Clock.WaitForDelayAsync(TimeSpan.FromSeconds(4), Scenario.Timeout);
        Scenario.Clock.Advance(TimeSpan.FromSeconds(4));
        await Scenario.Api.WaitForCallsAsync("sendChatAction", 2, cancellationToken: Scenario.Timeout);
        release.SetResult(Reply.Info("finally"));
        var sent = await Scenario.Api.WaitForCallAsync("sendMessage", cancellationToken: Scenario.Timeout);

        // Assert
        Assert.Equal("finally", sent.Text);
        Assert.Equal(2, Scenario.Api.CallsTo("sendChatAction").Count);
    }

    [Fact]
    public async Task Later_versions_of_a_reply_edit_the_sent_message()
    {
        // Arrange: a long job reports progress (as a reindex does).
        Scenario.Bot.Setup(bot => bot.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Reply { Kind = ReplyKind.Info, Body = RichText.Plain("Reindexing… 0%"), Updates = Progress() });
        await Scenario.StartBotAsync();

        // Act
        var sent = await Scenario.AskAsync(Fixtures.PrivateText(Fixtures.Alice, "/reindex"));
        var edits = await Scenario.Api.WaitForCallsAsync("editMessageText", 2, cancellationToken: Scenario.Timeout);

        // Assert
        var messageId = Scenario.Api.LastSentMessage(Fixtures.AliceId)["message_id"]!.GetValue<int>();
        Assert.Equal("Reindexing… 0%", sent.Text);
        Assert.Equal(["Reindexing… 50%", "<b>Done</b>\n\nReindexed 5 sources."], edits.Select(edit => edit.Text));
        Assert.All(edits, edit => Assert.Equal(messageId, edit.Parameters["message_id"]!.GetValue<int>()));
    }

    private static async IAsyncEnumerable<Reply> Progress()
    {
        await Task.Yield();
        yield return Reply.Info("Reindexing… 50%");
        yield return Reply.Info("Reindexed 5 sources.", title: "Done");
    }
}
