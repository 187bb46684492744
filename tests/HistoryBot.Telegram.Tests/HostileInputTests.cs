using HistoryBot.Core.Chat;
using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Telegram.Tests.Hosting;
using Moq;
using Xunit;

namespace HistoryBot.Telegram.Tests;

public sealed class HostileInputTests : ScenarioTests
{
    /// <summary>5,000 characters of markup, entities, quotes and emoji: everything HTML could trip over.</summary>
    private static readonly string Hostile = string.Concat(Enumerable.Repeat("<b>Bold</b> & <script>alert('x')</script> &amp; \"quotes\" 🇱🇹 > < &#0; ", 100))[..5000];

    [Fact]
    public async Task Hostile_5000_character_question_gets_a_clear_valid_reply()
    {
        // Arrange: the real chat core.
        await Scenario.StartBotAsync(realCore: true);

        // Act
        var sent = await Scenario.AskAsync(Fixtures.PrivateText(Fixtures.Alice, Hostile));

        // Assert: the fake checked the HTML; the reply says what is wrong and nothing was searched.
        Assert.Contains("5,000 characters", sent.Text);
        Assert.Single(Scenario.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task Hostile_text_echoed_back_is_escaped_and_split_into_valid_messages()
    {
        // Arrange: a core that repeats the text (as a worst case of quoting user input).
        Scenario.Bot.Setup(bot => bot.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ChatMessage message, CancellationToken _) => new Reply
            {
                Kind = ReplyKind.Info,
                Title = "You said",
                Body = RichText.Plain(message.Text).Append(" (end)", TextStyle.Bold),
                Footer = "— HistoryBot",
            });
        await Scenario.StartBotAsync();

        // Act
        var last = Scenario.Api.EnqueueUpdate(Fixtures.GroupText(Fixtures.Alice, $"@{FakeBotApi.BotUsername} {Hostile}"));
        await Scenario.Api.WaitForCallAsync("getUpdates", call => call.Offset > last, Scenario.Timeout);
        var sent = Scenario.Api.CallsTo("sendMessage");

        // Assert: several messages, each valid (checked by the fake), the first one a reply, nothing lost.
        Assert.InRange(sent.Count, 2, 4);
        Assert.All(sent, call => Assert.True(call.Text!.Length <= 4096));
        Assert.NotNull(sent[0].ReplyTo);
        Assert.All(sent.Skip(1), call => Assert.Null(call.ReplyTo));
        var visible = string.Concat(sent.Select(call => System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(call.Text!, "<[^>]*>", ""))));
        Assert.Equal(
            Normalize("You said" + Hostile.Trim() + " (end)" + "— HistoryBot"),
            Normalize(visible));
    }

    private static string Normalize(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
