using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Telegram.Tests.Hosting;
using Xunit;

namespace HistoryBot.Telegram.Tests;

/// <summary>/synonyms on Telegram through the real chat core: only the bot's admins change synonyms; a change answers the next question.</summary>
public sealed class SynonymsTests : ScenarioTests
{
    private const string RedsQuestion = "/ask When did the Reds ask to join NATO?";

    [Fact]
    public async Task Members_and_group_administrators_are_refused_and_a_pair_the_bot_admin_adds_answers_the_next_question()
    {
        // Arrange: Alice is a bot admin; Carol administers the group; Bob is a member.
        await Scenario.StartBotAsync(settings => settings["Telegram:AdminUserIds:0"] = Fixtures.AliceId.ToString(), realCore: true);
        var carol = Fixtures.User(303, "Carol", "carol", "en");
        Scenario.Api.SetMemberStatus(Fixtures.GroupId, 303, "administrator");
        var notFound = await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Bob, RedsQuestion));

        // Act
        var member = await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Bob, "/synonyms add en Reds USSR"));
        var memberInPrivate = await Scenario.AskAsync(Fixtures.PrivateText(Fixtures.Bob, "/synonyms add en Reds USSR"));
        var moderator = await Scenario.AskAsync(Fixtures.GroupText(carol, "/synonyms add en Reds USSR"));
        var stillNotFound = await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Bob, RedsQuestion));
        var admin = await Scenario.AskAsync(Fixtures.PrivateText(Fixtures.Alice, "/synonyms add en Reds USSR"));
        var answered = await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Bob, RedsQuestion));
        var list = await Scenario.AskAsync(Fixtures.PrivateText(Fixtures.Alice, "/synonyms list"));

        // Assert
        Assert.DoesNotContain("March 31, 1954", notFound.Text);
        Assert.Contains("Only the bot's admins may use /synonyms.", member.Text);
        Assert.Contains("Only the bot's admins may use /synonyms.", memberInPrivate.Text);
        Assert.Contains("Only the bot's admins may use /synonyms.", moderator.Text);
        Assert.DoesNotContain("March 31, 1954", stillNotFound.Text);
        Assert.Contains("Added #1: “Reds” = “USSR” (English).", admin.Text);
        Assert.Contains("March 31, 1954", answered.Text);
        Assert.Contains("#1 “Reds” = “USSR” · English · @alice (Telegram)", list.Text);
    }
}
