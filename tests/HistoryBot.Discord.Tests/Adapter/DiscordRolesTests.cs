using HistoryBot.Core.Chat;
using HistoryBot.Discord.Adapter;
using HistoryBot.Discord.Tests.Support;
using Microsoft.Extensions.Options;

namespace HistoryBot.Discord.Tests.Adapter;

public sealed class DiscordRolesTests
{
    private readonly DiscordRoles _roles = new(Options.Create(new DiscordOptions { Token = "t", AdminUserIds = [Events.Admin.ToString()] }));

    [Theory]
    [InlineData("8", ChatRole.Moderator)]            // Administrator
    [InlineData("32", ChatRole.Moderator)]           // Manage Server
    [InlineData("8192", ChatRole.Moderator)]         // Manage Messages
    [InlineData(Events.MemberPermissions, ChatRole.Member)]
    [InlineData("0", ChatRole.Member)]
    [InlineData("not a number", ChatRole.Member)]
    [InlineData("1267650600228229401496703205376", ChatRole.Member)] // 2^100: a permission bit beyond 64 bits only
    public void Member_permissions_in_the_channel_decide_who_moderates_that_server(string permissions, ChatRole expected)
    {
        Assert.Equal(expected, _roles.Resolve(Events.Asker, permissions));
    }

    [Fact]
    public void The_configured_admins_are_the_bots_admins_anywhere_even_without_server_permissions()
    {
        Assert.Equal(ChatRole.Admin, _roles.Resolve(Events.Admin, Events.MemberPermissions));
        Assert.Equal(ChatRole.Admin, _roles.Resolve(Events.Admin, null));
    }

    [Fact]
    public void A_server_administrator_is_not_the_bots_admin()
    {
        Assert.Equal(ChatRole.Moderator, _roles.Resolve(Events.Asker, "8"));
    }

    [Fact]
    public void Outside_a_server_everyone_else_is_a_member()
    {
        Assert.Equal(ChatRole.Member, _roles.Resolve(Events.Asker, null));
    }
}
