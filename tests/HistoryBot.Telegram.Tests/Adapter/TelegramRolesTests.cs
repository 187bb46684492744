using HistoryBot.Core.Chat;
using HistoryBot.Telegram.Adapter;
using HistoryBot.Telegram.Api;
using HistoryBot.Telegram.Api.Requests;
using HistoryBot.Telegram.Api.Types;
using HistoryBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Xunit;

namespace HistoryBot.Telegram.Tests.Adapter;

public sealed class TelegramRolesTests
{
    private static readonly Chat Group = new(-100, "supergroup", "History fans");
    private static readonly User Alice = new(1001, false, "Alice");

    private readonly Mock<ITelegramApi> _api = new(MockBehavior.Strict);
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task Administrator_status_is_looked_up_again_after_the_cache_duration()
    {
        // Arrange
        var status = "member";
        _api.Setup(api => api.GetChatMemberAsync(new GetChatMemberRequest(Group.Id, Alice.Id), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new ChatMember(status, Alice));
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
        _api.Verify(api => api.GetChatMemberAsync(It.IsAny<GetChatMemberRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task A_failed_lookup_gives_no_rights()
    {
        // Arrange
        _api.Setup(api => api.GetChatMemberAsync(It.IsAny<GetChatMemberRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TelegramApiException("getChatMember", 400, "Bad Request: member list is inaccessible"));
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
        var placeholder = new User(1087968824, true, "Group", Username: "GroupAnonymousBot");

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
        var bob = new User(1002, false, "Bob");

        // Act
        var admin = await roles.ResolveAsync(Group, Alice);
        var member = await roles.ResolveAsync(new Chat(bob.Id, "private"), bob);

        // Assert
        Assert.Equal(ChatRole.Admin, admin);
        Assert.Equal(ChatRole.Member, member);
    }

    private TelegramRoles Roles(TelegramOptions options) =>
        new(_api.Object, Options.Create(options), _clock, NullLogger<TelegramRoles>.Instance);
}
