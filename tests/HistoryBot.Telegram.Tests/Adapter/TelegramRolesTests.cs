using HistoryBot.Core.Chat;
using HistoryBot.Telegram.Adapter;
using HistoryBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Xunit;

namespace HistoryBot.Telegram.Tests.Adapter;

public sealed class TelegramRolesTests
{
    private static readonly Chat Group = new() { Id = -100, Type = ChatType.Supergroup, Title = "History fans" };
    private static readonly User Alice = new() { Id = 1001, FirstName = "Alice" };

    private readonly Mock<ITelegramBotClient> _telegram = new(MockBehavior.Strict);
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task Administrator_status_is_looked_up_again_after_the_cache_duration()
    {
        // Arrange
        var status = "member";
        _telegram.Setup(telegram => telegram.SendRequest(
                It.Is<GetChatMemberRequest>(request => request.ChatId.Identifier == Group.Id && request.UserId == Alice.Id), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => status == "administrator" ? new ChatMemberAdministrator { User = Alice } : new ChatMemberMember { User = Alice });
        var roles = Roles(new TelegramOptions { Token = "1:x", ChatMemberCacheDuration = TimeSpan.FromMinutes(5) });
        var before = await roles.ResolveAsync(Group, Alice);
        status = "administrator";

        // Act
        _clock.Advance(TimeSpan.FromMinutes(4));
        var cached = await roles.ResolveAsync(Group, Alice);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var after = await roles.ResolveAsync(Group, Alice);

        // Assert
        Assert.Equal(ChatRole.Member, before);
        Assert.Equal(ChatRole.Member, cached);
        Assert.Equal(ChatRole.Moderator, after);
        _telegram.Verify(telegram => telegram.SendRequest(It.IsAny<GetChatMemberRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task A_failed_lookup_gives_no_rights()
    {
        // Arrange
        _telegram.Setup(telegram => telegram.SendRequest(It.IsAny<GetChatMemberRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ApiRequestException("Bad Request: member list is inaccessible", 400));
        var roles = Roles(new TelegramOptions { Token = "1:x" });

        // Act
        var role = await roles.ResolveAsync(Group, Alice);

        // Assert
        Assert.Equal(ChatRole.Member, role);
    }

    [Fact]
    public async Task A_message_sent_anonymously_as_the_group_comes_from_a_moderator()
    {
        // Arrange: Telegram puts a placeholder in "from" and the group in "sender_chat".
        var roles = Roles(new TelegramOptions { Token = "1:x" });
        var placeholder = new User { Id = 1087968824, IsBot = true, FirstName = "Group", Username = "GroupAnonymousBot" };

        // Act
        var role = await roles.ResolveAsync(Group, placeholder, senderChat: Group);

        // Assert
        Assert.Equal(ChatRole.Moderator, role);
    }

    [Fact]
    public async Task Configured_admins_are_admins_and_private_chats_need_no_lookup()
    {
        // Arrange
        var roles = Roles(new TelegramOptions { Token = "1:x", AdminUserIds = [Alice.Id] });
        var bob = new User { Id = 1002, FirstName = "Bob" };

        // Act
        var admin = await roles.ResolveAsync(Group, Alice);
        var member = await roles.ResolveAsync(new Chat { Id = bob.Id, Type = ChatType.Private }, bob);

        // Assert
        Assert.Equal(ChatRole.Admin, admin);
        Assert.Equal(ChatRole.Member, member);
    }

    private TelegramRoles Roles(TelegramOptions options) =>
        new(_telegram.Object, Options.Create(options), _clock, NullLogger<TelegramRoles>.Instance);
}
