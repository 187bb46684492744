using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Telegram.Tests.Hosting;
using Xunit;

namespace HistoryBot.Telegram.Tests;

/// <summary>/gaps on Telegram through the real chat core: members refused, group administrators see their group, bot admins every chat.</summary>
public sealed class GapsTests : ScenarioTests
{
    [Fact]
    public async Task An_unanswered_group_question_shows_in_gaps_for_the_groups_administrator_and_the_bot_admin_but_members_are_refused()
    {
        // Arrange: Alice is a bot admin; Carol administers the group; Bob is a member.
        await Scenario.StartBotAsync(settings => settings["Telegram:AdminUserIds:0"] = Fixtures.AliceId.ToString(), realCore: true);
        var carol = Fixtures.User(303, "Carol", "carol", "en");
        Scenario.Api.SetMemberStatus(Fixtures.GroupId, 303, "administrator");
        var notFound = await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Bob, "/ask What is the boiling point of water?"));

        // Act
        var refused = await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Bob, "/gaps"));
        var moderator = await Scenario.AskAsync(Fixtures.GroupText(carol, "/gaps 7d"));
        var admin = await Scenario.AskAsync(Fixtures.PrivateText(Fixtures.Alice, "/gaps"));

        // Assert
        Assert.DoesNotContain("Coverage gaps", notFound.Text);
        Assert.Contains("Only moderators (chat administrators) may use /gaps.", refused.Text);
        Assert.Contains("Coverage gaps, last 7 days (this chat)", moderator.Text);
        Assert.Contains("1× “What is the boiling point of water?”", moderator.Text);
        Assert.Contains("Coverage gaps, last 30 days (all chats)", admin.Text);
        Assert.Contains("boiling point", admin.Text);
        Assert.DoesNotContain("Bob", admin.Text);
    }
}
