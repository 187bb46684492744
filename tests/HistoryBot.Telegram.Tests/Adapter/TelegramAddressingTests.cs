using HistoryBot.Telegram.Adapter;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Xunit;

namespace HistoryBot.Telegram.Tests.Adapter;

public sealed class TelegramAddressingTests
{
    private static readonly User Me = new() { Id = 42, IsBot = true, FirstName = "History Bot", Username = "HistoryTestBot" };
    private static readonly User Alice = new() { Id = 1001, FirstName = "Alice" };
    private static readonly Chat Group = new() { Id = -100, Type = ChatType.Supergroup, Title = "History fans" };
    private static readonly Chat Private = new() { Id = 1001, Type = ChatType.Private };
    private static readonly string[] Commands = ["ask", "help", "daily"];

    [Theory]
    [InlineData("/ask when?", "/ask when?")]
    [InlineData("/ask@HistoryTestBot when?", "/ask@HistoryTestBot when?")]
    [InlineData("/ASK@historytestbot when?", "/ASK@historytestbot when?")]
    [InlineData("/unknown@HistoryTestBot", "/unknown@HistoryTestBot")]
    [InlineData("/ask@OtherBot when?", null)]
    [InlineData("/start", null)]
    [InlineData("/unknown", null)]
    [InlineData("when did the USSR ask?", null)]
    [InlineData("email me at someone@HistoryTestBot.com", null)]
    public void Group_messages_are_for_the_bot_only_when_addressed_to_it(string text, string? expected)
    {
        // Act
        var result = TelegramAddressing.TextFor(Text(Group, text), Me, Commands);

        // Assert
        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("When did the USSR ask?", "When did the USSR ask?")]
    [InlineData("/start", "/start")]
    [InlineData("/ask@OtherBot when?", null)]
    public void Private_messages_are_all_for_the_bot_except_commands_for_other_bots(string text, string? expected)
    {
        // Act
        var result = TelegramAddressing.TextFor(Text(Private, text), Me, Commands);

        // Assert
        Assert.Equal(expected, result);
    }

    [Fact]
    public void A_mention_in_the_middle_is_removed_from_the_question()
    {
        // Arrange
        var message = Text(Group, "So, @HistoryTestBot, when did the USSR ask?");
        message.Entities = [new MessageEntity { Type = MessageEntityType.Mention, Offset = 4, Length = 15 }];

        // Act
        var result = TelegramAddressing.TextFor(message, Me, Commands);

        // Assert
        Assert.Equal("So, when did the USSR ask?", result);
    }

    [Fact]
    public void A_mention_of_someone_else_is_chatter()
    {
        // Arrange
        var message = Text(Group, "@alice when did the USSR ask?");
        message.Entities = [new MessageEntity { Type = MessageEntityType.Mention, Offset = 0, Length = 6 }];

        // Act & Assert
        Assert.Null(TelegramAddressing.TextFor(message, Me, Commands));
    }

    [Fact]
    public void Replies_to_the_bot_are_for_the_bot_and_replies_to_others_are_not()
    {
        // Arrange
        var toBot = Text(Group, "Tell me more");
        toBot.ReplyToMessage = new Message { Id = 5, Chat = Group, From = Me, Text = "An answer" };
        var toOther = Text(Group, "Tell me more");
        toOther.ReplyToMessage = new Message { Id = 6, Chat = Group, From = Alice, Text = "A remark" };

        // Act
        var forBot = TelegramAddressing.TextFor(toBot, Me, Commands);
        var forOther = TelegramAddressing.TextFor(toOther, Me, Commands);

        // Assert
        Assert.Equal("Tell me more", forBot);
        Assert.Null(forOther);
    }

    [Fact]
    public void Channels_and_other_bots_are_ignored()
    {
        // Arrange
        var channel = new Chat { Id = -200, Type = ChatType.Channel, Title = "News" };
        var fromOtherBot = Text(Private, "hello");
        fromOtherBot.From = new User { Id = 7, IsBot = true, FirstName = "Other", Username = "OtherBot" };

        // Act & Assert
        Assert.Null(TelegramAddressing.TextFor(Text(channel, "/ask when?"), Me, Commands));
        Assert.Null(TelegramAddressing.TextFor(fromOtherBot, Me, Commands));
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("lt", "lt")]
    [InlineData("ro", "ro")]
    [InlineData("tl", "tl")]
    [InlineData("fil", "tl")]
    [InlineData("de", null)]
    [InlineData(null, null)]
    public void Language_hints_are_the_languages_the_bot_answers_in(string? code, string? expected)
    {
        Assert.Equal(expected, TelegramAddressing.LanguageHint(code));
    }

    private static Message Text(Chat chat, string text) =>
        new() { Id = 10, Date = DateTime.UnixEpoch.AddSeconds(1_774_944_000), Chat = chat, From = Alice, Text = text };
}
