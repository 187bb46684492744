using System.Text.Json.Nodes;
using HistoryBot.Core.Chat;
using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Telegram.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Xunit;

namespace HistoryBot.Telegram.Tests;

public sealed class StartupTests : ScenarioTests
{
    [Fact]
    public async Task Command_menus_are_registered_for_members_administrators_and_admins_in_four_languages()
    {
        // Arrange & Act
        await Scenario.StartBotAsync(settings => settings["Telegram:AdminUserIds:0"] = Fixtures.AliceId.ToString());
        var menus = Scenario.Api.CallsTo("setMyCommands");

        // Assert
        Assert.Equal(12, menus.Count);
        Assert.Equal(["ask", "help"], Menu(menus, "default", null));
        Assert.Equal(["ask", "help", "daily"], Menu(menus, "all_chat_administrators", null));
        Assert.Equal(["ask", "help", "daily", "status"], Menu(menus, "chat", null));
        Assert.Equal(Fixtures.AliceId, menus.First(call => Scope(call) == "chat").Parameters["scope"]!["chat_id"]!.GetValue<long>());
        foreach (var language in new[] { "lt", "ro", "tl" })
        {
            var localized = menus.Single(call => Scope(call) == "default" && call.String("language_code") == language);
            Assert.Equal($"Ask a history question ({language})", localized.Parameters["commands"]![0]!["description"]!.GetValue<string>());
        }
        Assert.Equal("Ask a history question", menus.Single(call => Scope(call) == "default" && call.String("language_code") is null)
            .Parameters["commands"]![0]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Polling_starts_with_getMe_and_deleteWebhook_and_reports_connected()
    {
        // Arrange & Act
        var host = await Scenario.StartBotAsync();
        var polling = Scenario.Api.CallsTo("getUpdates")[0];

        // Assert
        var order = Scenario.Api.Calls.Select(call => call.Method).ToList();
        Assert.Equal("getMe", order[0]);
        Assert.True(order.IndexOf("deleteWebhook") < order.IndexOf("getUpdates"));
        Assert.False(Scenario.Api.CallsTo("deleteWebhook")[0].Parameters["drop_pending_updates"]?.GetValue<bool>() ?? false);
        Assert.Equal(["message", "callback_query", "my_chat_member"], polling.Parameters["allowed_updates"]!.AsArray().Select(kind => kind!.GetValue<string>()));
        Assert.Equal(5, polling.Parameters["timeout"]!.GetValue<int>());
        var status = host.Services.GetRequiredService<AdapterStatus>().Snapshot().Single(adapter => adapter.Name == "telegram");
        Assert.True(status.Connected);
        Assert.Equal($"@{FakeBotApi.BotUsername}, polling", status.Detail);
    }

    [Fact]
    public async Task Unreachable_Telegram_is_retried_with_back_off_until_it_answers()
    {
        // Arrange
        Scenario.Api.FailNext("getMe", FakeResponse.Error(500, "Internal Server Error"), times: 4);
        var host = await Scenario.StartBotAsync(waitForPolling: false);

        // Act: the client's four attempts fail, then the connector waits and tries again.
        foreach (var delay in new[] { 1, 2, 4 })
        {
            await Scenario.Clock.WaitForDelayAsync(TimeSpan.FromSeconds(delay), Scenario.Timeout);
            Scenario.Clock.Advance(TimeSpan.FromSeconds(delay));
        }
        var disconnected = host.Services.GetRequiredService<AdapterStatus>().Snapshot().Single();
        await Scenario.Clock.WaitForDelayAsync(TimeSpan.FromSeconds(1), Scenario.Timeout);
        Scenario.Clock.Advance(TimeSpan.FromSeconds(1));
        await Scenario.Api.WaitForCallAsync("getUpdates", cancellationToken: Scenario.Timeout);

        // Assert
        Assert.False(disconnected.Connected);
        Assert.Equal(5, Scenario.Api.CallsTo("getMe").Count);
        Assert.True(host.Services.GetRequiredService<AdapterStatus>().Snapshot().Single().Connected);
    }

    [Fact]
    public async Task A_rejected_token_stops_the_adapter_without_stopping_the_host()
    {
        // Arrange
        Scenario.Api.FailNext("getMe", FakeResponse.Error(401, "Unauthorized"));

        // Act
        var host = await Scenario.StartBotAsync(waitForPolling: false);
        await Scenario.Api.WaitForCallAsync("getMe", cancellationToken: Scenario.Timeout);
        var polling = host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Microsoft.Extensions.Hosting.BackgroundService>().Single();
        await polling.ExecuteTask!.WaitAsync(Scenario.Timeout);

        // Assert
        var status = host.Services.GetRequiredService<AdapterStatus>().Snapshot().Single();
        Assert.False(status.Connected);
        Assert.Equal("token rejected", status.Detail);
        Assert.Empty(Scenario.Api.CallsTo("getUpdates"));
        Assert.Contains(Scenario.Logs.Entries, line => line.Level == Microsoft.Extensions.Logging.LogLevel.Critical && line.Message.Contains("Telegram:Token"));
    }

    [Fact]
    public async Task A_document_is_handed_to_the_core_and_downloaded_when_opened()
    {
        // Arrange
        var content = "Title: A new source\n\nFirst paragraph."u8.ToArray();
        var fileId = Scenario.Api.AddFile(content);
        byte[]? downloaded = null;
        Scenario.Bot.Setup(bot => bot.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()))
            .Returns(async (ChatMessage message, CancellationToken cancellationToken) =>
            {
                await using var stream = await message.Attachment!.OpenAsync(cancellationToken);
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, cancellationToken);
                downloaded = buffer.ToArray();
                return Reply.Info($"Got {message.Attachment.FileName} ({message.Attachment.Size} bytes) with '{message.Text}'");
            });
        await Scenario.StartBotAsync(settings => settings["Telegram:AdminUserIds:0"] = Fixtures.AliceId.ToString());
        var message = Fixtures.Message(Fixtures.PrivateChat(Fixtures.Alice), Fixtures.Alice, "placeholder");
        message.Remove("text");
        message["caption"] = "/addsource";
        message["caption_entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = 10 });
        message["document"] = new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["file_name"] = "new-source.txt", ["file_size"] = content.Length };

        // Act
        var sent = await Scenario.AskAsync(Fixtures.MessageUpdate(message));

        // Assert
        Assert.Equal($"Got new-source.txt ({content.Length} bytes) with '/addsource'", sent.Text);
        Assert.Equal(content, downloaded);
        Assert.Single(Scenario.Api.CallsTo("getFile"));
    }

    [Fact]
    public async Task A_document_Telegram_cannot_hand_over_reaches_the_core_as_a_read_failure()
    {
        // Arrange: a file id the Bot API does not know.
        Exception? failure = null;
        Scenario.Bot.Setup(bot => bot.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()))
            .Returns(async (ChatMessage message, CancellationToken cancellationToken) =>
            {
                failure = await Record.ExceptionAsync(() => message.Attachment!.OpenAsync(cancellationToken));
                return Reply.Info("checked");
            });
        await Scenario.StartBotAsync();
        var message = Fixtures.Message(Fixtures.PrivateChat(Fixtures.Alice), Fixtures.Alice, "placeholder");
        message.Remove("text");
        message["caption"] = "/addsource";
        message["document"] = new JsonObject { ["file_id"] = "missing", ["file_unique_id"] = "umissing", ["file_name"] = "gone.txt", ["file_size"] = 10 };

        // Act
        await Scenario.AskAsync(Fixtures.MessageUpdate(message));

        // Assert: the core turns an IOException into a clear answer ("the file could not be downloaded").
        var io = Assert.IsType<IOException>(failure);
        Assert.Contains("invalid file_id", io.Message);
    }

    private static string? Scope(ApiCall call) => call.Parameters["scope"]?["type"]?.GetValue<string>();

    private static IReadOnlyList<string> Menu(IReadOnlyList<ApiCall> calls, string scope, string? language) =>
        calls.Single(call => Scope(call) == scope && call.String("language_code") == language)
            .Parameters["commands"]!.AsArray().Select(command => command!["command"]!.GetValue<string>()).ToList();
}
