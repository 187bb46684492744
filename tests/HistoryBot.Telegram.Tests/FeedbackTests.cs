using System.Text.Json.Nodes;
using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Telegram.Tests.Hosting;
using Xunit;

namespace HistoryBot.Telegram.Tests;

/// <summary>👍/👎 under answers on Telegram, through the real chat core over the committed sources.</summary>
public sealed class FeedbackTests : ScenarioTests
{
    private static IReadOnlyList<string> Labels(ApiCall call) =>
        call.Parameters["reply_markup"]?["inline_keyboard"] is JsonArray rows
            ? rows.OfType<JsonArray>().SelectMany(row => row).Select(button => button?["text"]?.GetValue<string>() ?? "").ToList()
            : [];

    [Fact]
    public async Task Votes_of_two_members_show_on_the_buttons_and_the_same_press_again_withdraws_one()
    {
        // Arrange
        await Scenario.StartBotAsync(realCore: true);
        var api = Scenario.Api;
        var answer = await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Alice, "/ask When did the USSR ask to join NATO?"));
        var up = answer.ButtonData.Single(data => data.StartsWith("vote:", StringComparison.Ordinal) && data.EndsWith(":u", StringComparison.Ordinal));
        var message = api.LastSentMessage(Fixtures.GroupId);

        // Act
        api.EnqueueUpdate(Fixtures.Callback(Fixtures.Alice, message, up));
        var first = await api.WaitForCallAsync("editMessageText", cancellationToken: Scenario.Timeout);
        api.EnqueueUpdate(Fixtures.Callback(Fixtures.Bob, message, up));
        var second = await api.WaitForCallAsync("editMessageText", call => call.Sequence > first.Sequence, Scenario.Timeout);
        api.EnqueueUpdate(Fixtures.Callback(Fixtures.Alice, message, up));
        var third = await api.WaitForCallAsync("editMessageText", call => call.Sequence > second.Sequence, Scenario.Timeout);

        // Assert
        Assert.Contains("👍", Labels(answer));
        Assert.Contains("👎", Labels(answer));
        Assert.Contains("👍 1", Labels(first));
        Assert.Contains("👍 2", Labels(second));
        Assert.Contains("👍 1", Labels(third));
        Assert.Contains("NATO", third.Text);
        Assert.All(answer.ButtonData, data => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(data), 1, 64));
    }

    [Fact]
    public async Task A_downvote_announces_that_the_next_message_is_its_reason_and_takes_it_though_not_addressed_to_the_bot()
    {
        // Arrange
        await Scenario.StartBotAsync(realCore: true);
        var api = Scenario.Api;
        var answer = await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Alice, "/ask When did the USSR ask to join NATO?"));
        var down = answer.ButtonData.Single(data => data.StartsWith("vote:", StringComparison.Ordinal) && data.EndsWith(":d", StringComparison.Ordinal));

        // Act
        api.EnqueueUpdate(Fixtures.Callback(Fixtures.Alice, api.LastSentMessage(Fixtures.GroupId), down));
        var edit = await api.WaitForCallAsync("editMessageText", cancellationToken: Scenario.Timeout);
        var notice = await api.WaitForCallAsync("answerCallbackQuery", cancellationToken: Scenario.Timeout);
        var reasonUpdate = Fixtures.GroupText(Fixtures.Alice, "It should say which month");
        var thanks = await Scenario.AskAsync(reasonUpdate);

        // Assert: the notice is a toast for the presser, the thanks answers the reason message.
        Assert.Contains("👎 1", Labels(edit));
        Assert.Contains("next message", notice.Text);
        Assert.False(notice.Parameters["show_alert"]?.GetValue<bool>() ?? false);
        Assert.Contains("Thank you", thanks.Text);
        Assert.Equal(reasonUpdate["message"]!["message_id"]!.GetValue<int>(), thanks.ReplyTo);
    }
}
