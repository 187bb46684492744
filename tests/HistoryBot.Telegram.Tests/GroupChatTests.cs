using HistoryBot.Core.Chat;
using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Telegram.Tests.Hosting;
using Moq;
using Xunit;

namespace HistoryBot.Telegram.Tests;

public sealed class GroupChatTests : ScenarioTests
{
    [Fact]
    public async Task Group_command_with_the_bots_name_is_answered_as_a_reply()
    {
        // Arrange
        await Scenario.StartBotAsync();
        var update = Fixtures.GroupText(Fixtures.Alice, $"/ask@{FakeBotApi.BotUsername} When did the USSR ask to join NATO?");

        // Act
        var sent = await Scenario.AskAsync(update);

        // Assert: the core gets the command as typed (it strips our name) in a group chat.
        Assert.Equal($"echo: /ask@{FakeBotApi.BotUsername} When did the USSR ask to join NATO?", sent.Text);
        Assert.Equal(update["message"]!["message_id"]!.GetValue<int>(), sent.ReplyTo);
        Scenario.Bot.Verify(bot => bot.HandleAsync(It.Is<ChatMessage>(m => m.ChatKind == ChatKind.Group && m.ChatId.Value == Fixtures.GroupId.ToString()), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task Group_chatter_and_commands_for_other_bots_are_ignored()
    {
        // Arrange
        await Scenario.StartBotAsync();
        Scenario.Api.EnqueueUpdate(Fixtures.GroupText(Fixtures.Alice, "Anyone know when the USSR asked to join NATO?"));
        Scenario.Api.EnqueueUpdate(Fixtures.GroupText(Fixtures.Bob, "/ask@OtherBot when was 1954?"));
        Scenario.Api.EnqueueUpdate(Fixtures.GroupText(Fixtures.Bob, "/start"));
        Scenario.Api.EnqueueUpdate(Fixtures.GroupText(Fixtures.User(77, "Spam", "spambot", isBot: true), $"@{FakeBotApi.BotUsername} hello"));

        // Act: a last, addressed message; once it is answered the others were handled before it.
        var sent = await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Alice, "/help"));

        // Assert
        Assert.Equal("echo: /help", sent.Text);
        Assert.Single(Scenario.Api.CallsTo("sendMessage"));
        Scenario.Bot.Verify(bot => bot.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Mention_in_a_group_is_a_question_without_the_mention()
    {
        // Arrange
        await Scenario.StartBotAsync();

        // Act
        var sent = await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Bob, $"@{FakeBotApi.BotUsername} kada SSRS norėjo įstoti į NATO?"));

        // Assert
        Assert.Equal("echo: kada SSRS norėjo įstoti į NATO?", sent.Text);
        Scenario.Bot.Verify(bot => bot.HandleAsync(It.Is<ChatMessage>(m => m.LanguageHint == "lt" && m.Role == ChatRole.Member), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task Mention_alone_in_reply_to_a_question_answers_that_question()
    {
        // Arrange
        await Scenario.StartBotAsync();
        var question = Fixtures.Message(Fixtures.Group(), Fixtures.Bob, "When did the USSR ask to join NATO?");

        // Act
        var sent = await Scenario.AskAsync(Fixtures.MessageUpdate(Fixtures.Message(Fixtures.Group(), Fixtures.Alice, $"@{FakeBotApi.BotUsername}", question)));

        // Assert
        Assert.Equal("echo: When did the USSR ask to join NATO?", sent.Text);
    }

    [Fact]
    public async Task Reply_to_the_bots_message_is_a_question()
    {
        // Arrange: the bot answered something in the group earlier.
        await Scenario.StartBotAsync();
        var first = await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Alice, "/ask Who was Molotov?"));
        var botMessage = Scenario.Api.LastSentMessage(Fixtures.GroupId);

        // Act
        var sent = await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Alice, "And when did he propose it?", botMessage));

        // Assert
        Assert.Equal("echo: /ask Who was Molotov?", first.Text);
        Assert.Equal("echo: And when did he propose it?", sent.Text);
    }

    [Fact]
    public async Task Reply_to_someone_else_is_chatter()
    {
        // Arrange
        await Scenario.StartBotAsync();
        var other = Fixtures.Message(Fixtures.Group(), Fixtures.Bob, "I think it was 1954.");
        Scenario.Api.EnqueueUpdate(Fixtures.GroupText(Fixtures.Alice, "Are you sure?", other));

        // Act
        var sent = await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Alice, "/ask@historytestbot When?"));

        // Assert: only the command (our name, any case) was answered.
        Assert.Equal("echo: /ask@historytestbot When?", sent.Text);
        Assert.Single(Scenario.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task Question_in_a_forum_topic_is_answered_in_that_topic()
    {
        // Arrange: a supergroup with topics; the question was asked in topic 77. The core answers only once the
        // typing indicator was sent (an instant answer cancels it, and under load it may not have gone out yet).
        Scenario.Bot.Setup(bot => bot.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()))
            .Returns(async (ChatMessage message, CancellationToken _) =>
            {
                await Scenario.Api.WaitForCallAsync("sendChatAction", cancellationToken: Scenario.Timeout);
                return Reply.Info("echo: " + message.Text);
            });
        await Scenario.StartBotAsync();
        var forum = Fixtures.Group();
        forum["is_forum"] = true;
        var question = Fixtures.Message(forum, Fixtures.Alice, "/ask when?");
        question["message_thread_id"] = 77;
        question["is_topic_message"] = true;

        // Act
        var sent = await Scenario.AskAsync(Fixtures.MessageUpdate(question));

        // Assert: the answer and the typing indicator both stay in the topic.
        Assert.Equal(77, sent.Parameters["message_thread_id"]!.GetValue<int>());
        Assert.Equal(77, Scenario.Api.CallsTo("sendChatAction")[0].Parameters["message_thread_id"]!.GetValue<int>());
        Assert.Equal(question["message_id"]!.GetValue<int>(), sent.ReplyTo);
    }
}
