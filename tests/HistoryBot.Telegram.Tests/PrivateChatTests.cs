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
        Assert.Equal("HTML", sent.ParseMode);
        Assert.Equal(update["message"]!["message_id"]!.GetValue<int>(), sent.ReplyTo);
        Assert.True(sent.Parameters["link_preview_options"]?["is_disabled"]?.GetValue<bool>());
        var typing = api.CallsTo("sendChatAction").First();
        Assert.Equal("typing", typing.String("action"));
        Assert.True(typing.Sequence < sent.Sequence);
    }
}
