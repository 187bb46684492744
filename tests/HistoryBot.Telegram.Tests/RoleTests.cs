using HistoryBot.Core.Chat;
using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Telegram.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Xunit;

namespace HistoryBot.Telegram.Tests;

/// <summary>Roles end to end, through the real <see cref="ChatBot"/> with a moderator command at the seam.</summary>
public sealed class RoleTests : ScenarioTests
{
    private readonly Mock<IChatCommand> _daily = new();

    public RoleTests()
    {
        _daily.SetupGet(command => command.Info).Returns(TelegramScenario.Commands.Single(command => command.Name == "daily"));
        _daily.Setup(command => command.ExecuteAsync(It.IsAny<ChatMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Reply.Info("Daily fact is on."));
    }

    [Fact]
    public async Task Moderator_command_from_a_member_is_refused_and_changes_nothing()
    {
        // Arrange
        await StartAsync();

        // Act
        var sent = await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Alice, $"/daily@{FakeBotApi.BotUsername} on 09:00"));

        // Assert
        Assert.Equal("Only moderators (chat administrators) may use /daily.", sent.Text);
        _daily.Verify(command => command.ExecuteAsync(It.IsAny<ChatMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        var lookup = Assert.Single(Scenario.Api.CallsTo("getChatMember"));
        Assert.Equal(Fixtures.GroupId, lookup.ChatId);
        Assert.Equal(Fixtures.AliceId, lookup.Parameters["user_id"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("administrator")]
    [InlineData("creator")]
    public async Task Chat_administrators_are_moderators_there(string status)
    {
        // Arrange
        Scenario.Api.SetMemberStatus(Fixtures.GroupId, Fixtures.BobId, status);
        await StartAsync();

        // Act
        var sent = await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Bob, "/daily on 09:00"));

        // Assert
        Assert.Equal("Daily fact is on.", sent.Text);
        _daily.Verify(command => command.ExecuteAsync(It.Is<ChatMessage>(message => message.Role == ChatRole.Moderator), "on 09:00", It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task Administrators_of_one_group_are_members_in_private()
    {
        // Arrange
        Scenario.Api.SetMemberStatus(Fixtures.GroupId, Fixtures.BobId, "administrator");
        await StartAsync();

        // Act
        var sent = await Scenario.AskAsync(Fixtures.PrivateText(Fixtures.Bob, "/daily on"));

        // Assert
        Assert.StartsWith("Only moderators", sent.Text);
        Assert.Empty(Scenario.Api.CallsTo("getChatMember"));
    }

    [Fact]
    public async Task Configured_admins_are_admins_in_every_chat_without_a_lookup()
    {
        // Arrange
        await StartAsync(settings => settings["Telegram:AdminUserIds:0"] = Fixtures.AliceId.ToString());

        // Act
        var sent = await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Alice, "/daily off"));

        // Assert
        Assert.Equal("Daily fact is on.", sent.Text);
        _daily.Verify(command => command.ExecuteAsync(It.Is<ChatMessage>(message => message.Role == ChatRole.Admin), "off", It.IsAny<CancellationToken>()));
        Assert.Empty(Scenario.Api.CallsTo("getChatMember"));
    }

    [Fact]
    public async Task Chat_member_lookups_are_remembered()
    {
        // Arrange
        await StartAsync();
        await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Alice, "/daily on"));

        // Act
        var sent = await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Alice, "/daily on"));

        // Assert (expiry is covered by TelegramRolesTests, on a clock that moves nothing else)
        Assert.StartsWith("Only moderators", sent.Text);
        Assert.Single(Scenario.Api.CallsTo("getChatMember"));
    }

    [Theory]
    [InlineData("/daily off")]
    [InlineData("!daily off")]
    [InlineData("\n\n/daily off")]
    [InlineData("/daily@HistoryTestBot off")]
    public async Task An_admin_who_replies_with_a_mention_to_a_members_command_gets_it_answered_as_a_question_never_run(string quoted)
    {
        // Arrange
        var ask = AskCommand();
        await StartAsync(settings => settings["Telegram:AdminUserIds:0"] = Fixtures.AliceId.ToString(), ask.Object);
        var members = Fixtures.Message(Fixtures.Group(), Fixtures.Bob, quoted);

        // Act
        await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Alice, "@" + FakeBotApi.BotUsername, replyTo: members));

        // Assert
        _daily.Verify(command => command.ExecuteAsync(It.IsAny<ChatMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        ask.Verify(command => command.ExecuteAsync(It.Is<ChatMessage>(message => message.IsQuoted), quoted.Trim(), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task A_command_an_admin_forwards_to_the_bot_is_answered_as_a_question_never_run()
    {
        // Arrange
        var ask = AskCommand();
        await StartAsync(settings => settings["Telegram:AdminUserIds:0"] = Fixtures.AliceId.ToString(), ask.Object);
        var forwarded = Fixtures.Message(Fixtures.PrivateChat(Fixtures.Alice), Fixtures.Alice, "/daily off");
        forwarded["forward_origin"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "user", ["date"] = 1_774_943_000, ["sender_user"] = Fixtures.Bob.DeepClone() };

        // Act
        await Scenario.AskAsync(Fixtures.MessageUpdate(forwarded));

        // Assert
        _daily.Verify(command => command.ExecuteAsync(It.IsAny<ChatMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        ask.Verify(command => command.ExecuteAsync(It.Is<ChatMessage>(message => message.IsQuoted), "/daily off", It.IsAny<CancellationToken>()));
    }

    private static Mock<IChatCommand> AskCommand()
    {
        var ask = new Mock<IChatCommand>();
        ask.SetupGet(command => command.Info).Returns(TelegramScenario.Commands.Single(command => command.Name == "ask"));
        ask.Setup(command => command.ExecuteAsync(It.IsAny<ChatMessage>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Reply.Info("An answer."));
        return ask;
    }

    private Task StartAsync(Action<Dictionary<string, string?>>? configure = null, params IChatCommand[] more) =>
        Scenario.StartBotAsync(configure, services: services =>
            services.AddSingleton<IChatBot>(new ChatBot([_daily.Object, .. more], [])));
}
