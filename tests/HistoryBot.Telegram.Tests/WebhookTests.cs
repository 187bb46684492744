using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using HistoryBot.Core.Chat;
using HistoryBot.Core.State;
using HistoryBot.Telegram.Client;
using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Telegram.Tests.Hosting;
using HistoryBot.Telegram.Webhook;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;
using Xunit;

namespace HistoryBot.Telegram.Tests;

public sealed class WebhookTests : ScenarioTests, IDisposable
{
    private const string Secret = "s3cret-Token_42-0123456789abcdefghijkl";
    private const string PublicUrl = "https://bot.example.com/telegram/hook";

    private readonly HttpClient _http = new();

    [Fact]
    public async Task Webhook_mode_registers_the_address_and_secret_and_does_not_poll()
    {
        // Arrange & Act
        await StartAsync();
        var registered = await Scenario.Api.WaitForCallAsync("setWebhook", cancellationToken: Scenario.Timeout);

        // Assert
        Assert.Equal(PublicUrl, registered.String("url"));
        Assert.Equal(Secret, registered.String("secret_token"));
        Assert.Equal(["message", "callback_query", "my_chat_member"], registered.Parameters["allowed_updates"]!.AsArray().Select(kind => kind!.GetValue<string>()));
        Assert.Empty(Scenario.Api.CallsTo("getUpdates"));
        Assert.Empty(Scenario.Api.CallsTo("deleteWebhook"));
    }

    [Fact]
    public async Task Webhook_rejects_requests_without_the_right_secret()
    {
        // Arrange
        var endpoint = await StartAsync();

        // Act
        var wrong = await PostAsync(endpoint, Update(1, "from an impostor"), "wrong-secret");
        var missing = await PostAsync(endpoint, Update(2, "from nobody"), secret: null);
        var right = await PostAsync(endpoint, Update(3, "from Telegram"), Secret);
        var sent = await Scenario.Api.WaitForCallAsync("sendMessage", cancellationToken: Scenario.Timeout);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, missing);
        Assert.Equal(HttpStatusCode.OK, right);
        Assert.Equal("echo: from Telegram", sent.Text);
        Scenario.Bot.Verify(bot => bot.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Webhook_answers_Telegram_before_the_answer_is_worked_out()
    {
        // Arrange: the core cannot finish until the test has Telegram's 200.
        var acknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Scenario.Bot.Setup(bot => bot.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()))
            .Returns(async (ChatMessage message, CancellationToken _) =>
            {
                await acknowledged.Task;
                return Reply.Info("slow answer to " + message.Text);
            });
        var endpoint = await StartAsync();

        // Act
        var status = await PostAsync(endpoint, Update(10, "a slow question"), Secret);
        acknowledged.SetResult();
        var sent = await Scenario.Api.WaitForCallAsync("sendMessage", cancellationToken: Scenario.Timeout);

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("slow answer to a slow question", sent.Text);
    }

    [Fact]
    public async Task Webhook_update_sent_twice_is_answered_once()
    {
        // Arrange: Telegram retries when our 200 did not reach it. One update at a time, so the
        // answer to a later update means everything before it was handled.
        var endpoint = await StartAsync(settings => settings["Telegram:MaxConcurrentUpdates"] = "1");
        var update = Update(20, "asked once, delivered twice");

        // Act
        var first = await PostAsync(endpoint, update, Secret);
        var again = await PostAsync(endpoint, update, Secret);
        var barrier = await PostAsync(endpoint, Update(21, "the next question"), Secret);
        await Scenario.Api.WaitForCallAsync("sendMessage", call => call.Text == "echo: the next question", Scenario.Timeout);

        // Assert
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], [first, again, barrier]);
        Assert.Single(Scenario.Api.CallsTo("sendMessage"), call => call.Text == "echo: asked once, delivered twice");
    }

    [Fact]
    public async Task Webhook_update_accepted_before_a_crash_is_answered_on_the_next_start()
    {
        // Arrange: the update was stored and acknowledged, then the process died.
        var database = new SqliteStateDatabase(Scenario.Data.Combine("state.db"));
        var store = new SqlTelegramStateStore(database, new SqlHandledOnceStore(database, TimeProvider.System), TimeProvider.System,
            TelegramToken.BotId(FakeBotApi.Token));
        Assert.True(await store.TryReceiveAsync(30, Update(30, "left over by a crash").ToJsonString()));

        // Act: one update at a time, so once a later one is answered the first one is done.
        var endpoint = await StartAsync(settings => settings["Telegram:MaxConcurrentUpdates"] = "1");
        await PostAsync(endpoint, Update(31, "a later question"), Secret);
        await Scenario.Api.WaitForCallAsync("sendMessage", call => call.Text == "echo: a later question", Scenario.Timeout);

        // Assert
        Assert.Equal("echo: left over by a crash", Scenario.Api.CallsTo("sendMessage")[0].Text);
        Assert.DoesNotContain(await store.UnfinishedAsync(), payload => payload.Contains("left over by a crash"));
    }

    [Fact]
    public async Task Webhook_rejects_a_body_that_is_not_an_update()
    {
        // Arrange
        var endpoint = await StartAsync();
        // Act
        var status = await PostAsync(endpoint, "{\"not\":", Secret);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Webhook_refuses_a_body_over_1_MB_whether_announced_or_chunked()
    {
        // Arrange: a valid update whose text makes it 1.1 MB.
        var endpoint = await StartAsync();
        var huge = Update(40, new string('a', 1_100_000)).ToJsonString();

        // Act
        var announced = await PostAsync(endpoint, huge, Secret);
        var chunked = await PostAsync(endpoint, huge, Secret, chunked: true);
        var small = await PostAsync(endpoint, Update(41, "a normal question"), Secret);
        var sent = await Scenario.Api.WaitForCallAsync("sendMessage", cancellationToken: Scenario.Timeout);

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, announced);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked);
        Assert.Equal(HttpStatusCode.OK, small);
        Assert.Equal("echo: a normal question", sent.Text);
        Scenario.Bot.Verify(bot => bot.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    public void Dispose() => _http.Dispose();

    private async Task<Uri> StartAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        var host = await Scenario.StartBotAsync(settings =>
        {
            settings["Telegram:Mode"] = "Webhook";
            settings["Telegram:WebhookUrl"] = PublicUrl;
            settings["Telegram:WebhookSecret"] = Secret;
            configure?.Invoke(settings);
        }, services: WebhookServer.AddTo);
        return new Uri(host.Services.GetRequiredService<WebhookServer>().BaseAddress, "/telegram/hook");
    }

    private static JsonObject Update(long id, string text)
    {
        var update = Fixtures.PrivateText(Fixtures.Alice, text);
        update["update_id"] = id;
        return update;
    }

    private Task<HttpStatusCode> PostAsync(Uri endpoint, JsonObject update, string? secret) => PostAsync(endpoint, update.ToJsonString(), secret);

    private async Task<HttpStatusCode> PostAsync(Uri endpoint, string body, string? secret, bool chunked = false)
    {
        // A stream of unknown length goes out with Transfer-Encoding: chunked and no Content-Length.
        HttpContent content = chunked
            ? new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(body)))
            : new StringContent(body, Encoding.UTF8, "application/json");
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
        if (chunked)
            request.Headers.TransferEncodingChunked = true;
        if (secret is not null)
            request.Headers.Add(TelegramWebhookEndpoint.SecretHeader, secret);
        using var response = await _http.SendAsync(request, Scenario.Timeout);
        return response.StatusCode;
    }

    private sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
