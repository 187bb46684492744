using HistoryBot.Telegram.Adapter;
using HistoryBot.Telegram.Api.Types;
using Xunit;

namespace HistoryBot.Telegram.Tests.Adapter;

public sealed class TelegramAddressingTests
{
    private static readonly User Me = new(42, true, "History Bot", Username: "HistoryTestBot");
    private static readonly User Alice = new(1001, false, "Alice");
    private static readonly Chat Group = new(-100, "supergroup", "History fans");
    private static readonly Chat Private = new(1001, "private");
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
        var message = Text(Group, "So, @HistoryTestBot, when did the USSR ask?") with
        {
            Entities = [new MessageEntity("mention", 4, 15)],
        };

        // Act
        var result = TelegramAddressing.TextFor(message, Me, Commands);

        // Assert
        Assert.Equal("So, when did the USSR ask?", result);
    }

    [Fact]
    public void A_mention_of_someone_else_is_chatter()
    {
        // Arrange
        var message = Text(Group, "@alice when did the USSR ask?") with { Entities = [new MessageEntity("mention", 0, 6)] };

        // Act & Assert
        Assert.Null(TelegramAddressing.TextFor(message, Me, Commands));
    }

    [Fact]
    public void Replies_to_the_bot_are_for_the_bot_and_replies_to_others_are_not()
    {
        // Arrange
        var botMessage = new Message(5, 1, Group, From: Me, Text: "An answer");
        var otherMessage = new Message(6, 1, Group, From: Alice, Text: "A remark");

        // Act
        var toBot = TelegramAddressing.TextFor(Text(Group, "Tell me more") with { ReplyToMessage = botMessage }, Me, Commands);
        var toOther = TelegramAddressing.TextFor(Text(Group, "Tell me more") with { ReplyToMessage = otherMessage }, Me, Commands);

        // Assert
        Assert.Equal("Tell me more", toBot);
        Assert.Null(toOther);
    }

    [Fact]
    public void Channels_and_other_bots_are_ignored()
    {
        // Arrange
        var channel = new Chat(-200, "channel", "News");
        var otherBot = new User(7, true, "Other", Username: "OtherBot");

        // Act & Assert
        Assert.Null(TelegramAddressing.TextFor(Text(channel, "/ask when?"), Me, Commands));
        Assert.Null(TelegramAddressing.TextFor(Text(Private, "hello") with { From = otherBot }, Me, Commands));
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

    private static Message Text(Chat chat, string text) => new(10, 1_774_944_000, chat, From: Alice, Text: text);
}
