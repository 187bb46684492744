using System.Text.Json.Nodes;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Settings;
using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Telegram.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Xunit;

namespace HistoryBot.Telegram.Tests;

/// <summary>/settings on Telegram: who may change them, plain group messages as questions, replies in forum topics, and a restart.</summary>
public sealed class SettingsTests : ScenarioTests
{
    private const long OtherGroupId = -1009876543210;
    private const string Question = "When did the USSR ask to join NATO?";

    private static JsonObject Plain(long chat, JsonObject from, string text) => Fixtures.MessageUpdate(Fixtures.Message(Fixtures.Group(chat), from, text));

    [Fact]
    public async Task After_a_group_administrator_sets_questions_all_plain_messages_there_are_answered_but_not_in_another_group_and_members_are_refused()
    {
        // Arrange: Carol administers the group; Bob is a member.
        await Scenario.StartBotAsync(realCore: true);
        var carol = Fixtures.User(303, "Carol", "carol", "en");
        Scenario.Api.SetMemberStatus(Fixtures.GroupId, 303, "administrator");
        var refused = await Scenario.AskAsync(Fixtures.GroupText(Fixtures.Bob, "/settings questions all"));
        Scenario.Api.EnqueueUpdate(Plain(Fixtures.GroupId, Fixtures.Bob, Question));

        // Act
        var set = await Scenario.AskAsync(Fixtures.GroupText(carol, "/settings questions all"));
        var answered = await Scenario.AskAsync(Plain(Fixtures.GroupId, Fixtures.Bob, Question));
        Scenario.Api.EnqueueUpdate(Plain(OtherGroupId, Fixtures.Bob, Question));
        var otherGroup = await Scenario.AskAsync(Plain(OtherGroupId, Fixtures.Bob, "/help"));

        // Assert
        Assert.Contains("Only moderators (chat administrators) may use /settings.", refused.Text);
        Assert.Contains("Changed: questions all.", set.Text);
        Assert.Contains("Telegram's privacy mode is on for this bot", set.Text);
        Assert.Contains("1954", answered.Text);
        // The plain message sent before the change was ignored: after the refusal, only the change and the answer were sent there.
        Assert.Equal(2, Scenario.Api.CallsTo("sendMessage").Count(call => call.ChatId == Fixtures.GroupId && call.Sequence > refused.Sequence));
        // In the other group the plain question got nothing; the one message there answers /help.
        Assert.Equal(otherGroup.Sequence, Assert.Single(Scenario.Api.CallsTo("sendMessage"), call => call.ChatId == OtherGroupId).Sequence);
    }

    [Fact]
    public async Task Where_the_bot_administers_the_group_privacy_mode_does_not_matter_and_settings_give_no_warning()
    {
        // Arrange: privacy mode is on (the fake's getMe), but in this group the bot is an administrator.
        await Scenario.StartBotAsync(realCore: true);
        Scenario.Api.SetMemberStatus(Fixtures.GroupId, FakeBotApi.BotId, "administrator");
        var carol = Fixtures.User(303, "Carol", "carol", "en");
        Scenario.Api.SetMemberStatus(Fixtures.GroupId, 303, "administrator");
        Scenario.Api.SetMemberStatus(OtherGroupId, 303, "administrator");

        // Act
        var here = await Scenario.AskAsync(Fixtures.GroupText(carol, "/settings questions all"));
        var elsewhere = await Scenario.AskAsync(Fixtures.MessageUpdate(Fixtures.Message(Fixtures.Group(OtherGroupId), carol, "/settings questions all")));

        // Assert: the bot asked about itself, and warns only where it is no administrator.
        Assert.Contains("Changed: questions all.", here.Text);
        Assert.DoesNotContain("privacy mode", here.Text);
        Assert.Contains("Telegram's privacy mode is on for this bot", elsewhere.Text);
        Assert.Contains(Scenario.Api.CallsTo("getChatMember"), call => call.Parameters["user_id"]!.GetValue<long>() == FakeBotApi.BotId && call.ChatId == Fixtures.GroupId);
    }

    [Fact]
    public async Task With_questions_all_commands_for_other_bots_bots_and_a_linked_channels_posts_are_still_not_questions()
    {
        // Arrange: every message in the group is a question.
        var host = await Scenario.StartBotAsync();
        await host.Services.GetRequiredService<ChatSettingsCache>()
            .SaveAsync(Platform.Telegram, new ChatId(Fixtures.GroupId.ToString()), ChatSettings.Default with { Questions = QuestionMode.All });
        var channelPost = Fixtures.Message(Fixtures.Group(), Fixtures.User(777000, "Telegram"), "Our channel's post about 1954");
        channelPost["is_automatic_forward"] = true;
        channelPost["forward_origin"] = new JsonObject { ["type"] = "channel", ["date"] = 1_774_944_000, ["message_id"] = 5, ["chat"] = new JsonObject { ["id"] = -1001111, ["type"] = "channel", ["title"] = "History" } };
        Scenario.Api.EnqueueUpdate(Fixtures.MessageUpdate(channelPost));
        Scenario.Api.EnqueueUpdate(Plain(Fixtures.GroupId, Fixtures.Bob, "/roll@DiceBot"));
        Scenario.Api.EnqueueUpdate(Plain(Fixtures.GroupId, Fixtures.Bob, "!play music"));
        Scenario.Api.EnqueueUpdate(Plain(Fixtures.GroupId, Fixtures.User(78, "Other", "otherbot", isBot: true), "When was 1954?"));

        // Act: a last plain message; once it is answered the others were handled before it.
        var sent = await Scenario.AskAsync(Plain(Fixtures.GroupId, Fixtures.Alice, Question));

        // Assert
        Assert.Equal("echo: " + Question, sent.Text);
        Assert.Single(Scenario.Api.CallsTo("sendMessage"));
        Scenario.Bot.Verify(bot => bot.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task With_questions_all_small_talk_gets_no_reply_and_is_no_gap_while_questions_are_answered()
    {
        // Arrange: every message in the group is a question, with the real core.
        var host = await Scenario.StartBotAsync(realCore: true);
        await host.Services.GetRequiredService<ChatSettingsCache>()
            .SaveAsync(Platform.Telegram, new ChatId(Fixtures.GroupId.ToString()), ChatSettings.Default with { Questions = QuestionMode.All });
        Scenario.Api.EnqueueUpdate(Plain(Fixtures.GroupId, Fixtures.Bob, "ok thanks, see you tomorrow"));

        // Act: a question after the small talk; once it is answered the small talk was handled.
        var answered = await Scenario.AskAsync(Plain(Fixtures.GroupId, Fixtures.Alice, Question));

        // Assert
        Assert.Contains("1954", answered.Text);
        Assert.Single(Scenario.Api.CallsTo("sendMessage"));
        var gaps = await host.Services.GetRequiredService<HistoryBot.Core.Gaps.IGapStore>().UnansweredAsync(DateTimeOffset.MinValue, null, null);
        Assert.Empty(gaps);
    }

    [Fact]
    public async Task Settings_set_before_a_restart_still_apply_after_it()
    {
        // Arrange: a group administrator makes every message a question and Lithuanian the chat's language; the bot restarts.
        var first = await Scenario.StartBotAsync(realCore: true);
        Scenario.Api.SetMemberStatus(Fixtures.GroupId, 303, "administrator");
        await Scenario.AskAsync(Fixtures.GroupText(Fixtures.User(303, "Carol", "carol", "en"), "/settings questions all language lt"));
        await Scenario.StopAsync(first);
        await Scenario.StartBotAsync(realCore: true);

        // Act: a plain message whose language is unclear, from an English app, and one nobody can answer.
        var answer = await Scenario.AskAsync(Plain(Fixtures.GroupId, Fixtures.Alice, "NATO 1954?"));
        var notFound = await Scenario.AskAsync(Plain(Fixtures.GroupId, Fixtures.Alice, "Everest 8848?"));

        // Assert
        Assert.Contains("Lithuanian", answer.Text);
        Assert.Contains("Savo šaltiniuose atsakymo į šį klausimą neradau.", notFound.Text);
    }

    [Fact]
    public async Task With_threads_on_every_message_of_a_long_reply_answers_the_question_in_its_forum_topic()
    {
        // Arrange: a reply too long for one Telegram message, in a forum topic, with threads on in that group only.
        var host = await Scenario.StartBotAsync();
        var settings = host.Services.GetRequiredService<ChatSettingsCache>();
        await settings.SaveAsync(Platform.Telegram, new ChatId(Fixtures.GroupId.ToString()), ChatSettings.Default with { Threads = true });
        var longText = string.Join("\n\n", Enumerable.Range(1, 120).Select(i => $"Paragraph {i}: " + new string('x', 60)));
        Scenario.Bot.Setup(bot => bot.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>())).ReturnsAsync(Reply.Info(longText));
        var forum = Fixtures.Group();
        forum["is_forum"] = true;
        var question = Fixtures.Message(forum, Fixtures.Alice, "/help");
        question["message_thread_id"] = 77;
        question["is_topic_message"] = true;
        var elsewhere = Fixtures.Message(Fixtures.Group(OtherGroupId), Fixtures.Alice, "/help");

        // Act
        Scenario.Api.EnqueueUpdate(Fixtures.MessageUpdate(question));
        var parts = await Scenario.Api.WaitForCallsAsync("sendMessage", 2, call => call.ChatId == Fixtures.GroupId, Scenario.Timeout);
        Scenario.Api.EnqueueUpdate(Fixtures.MessageUpdate(elsewhere));
        var other = await Scenario.Api.WaitForCallsAsync("sendMessage", 2, call => call.ChatId == OtherGroupId, Scenario.Timeout);

        // Assert
        Assert.All(parts, part => Assert.Equal(question["message_id"]!.GetValue<int>(), part.ReplyTo));
        Assert.All(parts, part => Assert.Equal(77, part.Parameters["message_thread_id"]!.GetValue<int>()));
        Assert.Equal(elsewhere["message_id"]!.GetValue<int>(), other[0].ReplyTo);
        Assert.Null(other[1].ReplyTo);
    }
}
