using System.Net;
using System.Diagnostics.Metrics;
using System.Net.Sockets;
using HistoryBot.Core.Diagnostics;
using HistoryBot.Telegram.Api;
using HistoryBot.Telegram.Api.Requests;
using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace HistoryBot.Telegram.Tests.Api;

public sealed class TelegramApiClientTests : IAsyncLifetime
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(10));
    private readonly HttpClient _http = new();
    private readonly BotMetrics _metrics = new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync(new ManualTimeProvider());

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api.DisposeAsync();
        _timeout.Dispose();
        Assert.Empty(_api.Violations);
    }

    [Fact]
    public async Task Error_answers_become_typed_exceptions_with_code_description_and_retry_after()
    {
        // Arrange
        _api.FailNext("sendMessage", FakeResponse.TooManyRequests(retryAfter: 7));
        _api.FailNext("getChatMember", FakeResponse.Error(400, "Bad Request: group chat was upgraded to a supergroup chat", migrateTo: -1009));
        var client = Client(_api.BaseUrl);

        // Act
        var flood = await Assert.ThrowsAsync<TelegramApiException>(() => client.SendMessageAsync(new SendMessageRequest(1, "hi"), _timeout.Token));
        var migrated = await Assert.ThrowsAsync<TelegramApiException>(() => client.GetChatMemberAsync(new GetChatMemberRequest(-5, 1), _timeout.Token));

        // Assert
        Assert.Equal(429, flood.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(7), flood.RetryAfter);
        Assert.Equal("Too Many Requests: retry after 7", flood.Description);
        Assert.Equal("sendMessage", flood.Method);
        Assert.True(flood.IsTransient);
        Assert.Equal(-1009, migrated.MigrateToChatId);
        Assert.False(migrated.IsTransient);
        Assert.Equal(1, _metrics.Totals()["telegram API rate limited"]);
        Assert.Equal(1, _metrics.Totals()["telegram API error"]);
    }

    [Fact]
    public async Task Results_are_unwrapped_from_the_envelope()
    {
        // Arrange
        var client = Client(_api.BaseUrl);

        // Act
        var me = await client.GetMeAsync(_timeout.Token);
        var sent = await client.SendMessageAsync(new SendMessageRequest(FakeBotApi.BotId + 1, "<b>hi</b>", "HTML"), _timeout.Token);

        // Assert
        Assert.Equal(FakeBotApi.BotUsername, me.Username);
        Assert.True(me.IsBot);
        Assert.Equal("hi", sent.Text);
        Assert.Equal(FakeBotApi.BotId + 1, sent.Chat.Id);
    }

    [Fact]
    public async Task The_token_is_redacted_from_failures_that_echo_the_url()
    {
        // Arrange: a proxy that repeats the request path in its error.
        _api.FailNext("getMe", FakeResponse.Error(502, $"Bad Gateway: upstream failed for /bot{FakeBotApi.Token}/getMe"));
        var client = Client(_api.BaseUrl);

        // Act
        var failure = await Assert.ThrowsAsync<TelegramApiException>(() => client.GetMeAsync(_timeout.Token));

        // Assert
        Assert.Contains("/bot<redacted>/getMe", failure.Message);
        Assert.DoesNotContain(FakeBotApi.Token, failure.ToString());
    }

    [Fact]
    public async Task A_refused_connection_is_a_network_error_without_the_token()
    {
        // Arrange: a port nobody listens on.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var client = Client($"http://127.0.0.1:{port}");

        // Act
        var failure = await Assert.ThrowsAsync<TelegramApiException>(() => client.GetMeAsync(_timeout.Token));

        // Assert
        Assert.Equal(TelegramApiException.NetworkError, failure.ErrorCode);
        Assert.True(failure.IsTransient);
        Assert.Null(failure.InnerException);
        Assert.DoesNotContain(FakeBotApi.Token, failure.ToString());
    }

    [Fact]
    public async Task A_wrong_token_is_told_apart_from_other_errors()
    {
        // Arrange
        var client = Client(_api.BaseUrl, token: "123456789:WRONG-token_abcdefghijklmnopq");

        // Act
        var failure = await Assert.ThrowsAsync<TelegramApiException>(() => client.GetMeAsync(_timeout.Token));

        // Assert
        Assert.Equal(401, failure.ErrorCode);
        Assert.True(failure.IsInvalidToken);
        Assert.DoesNotContain("WRONG-token", failure.ToString());
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_a_failure()
    {
        // Arrange
        var client = Client(_api.BaseUrl);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        // Act & Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetUpdatesAsync(new GetUpdatesRequest(Timeout: 5), cancelled.Token));
    }

    [Fact]
    public void Redaction_covers_the_plain_and_the_url_encoded_token()
    {
        // Act
        var redacted = TelegramToken.Redact($"GET /bot{FakeBotApi.Token}/x and {Uri.EscapeDataString(FakeBotApi.Token)}", FakeBotApi.Token);

        // Assert
        Assert.Equal("GET /bot<redacted>/x and <redacted>", redacted);
        Assert.Equal(FakeBotApi.BotId, TelegramToken.BotId(FakeBotApi.Token));
    }

    private TelegramApiClient Client(string baseUrl, string token = FakeBotApi.Token) =>
        new(_http, Options.Create(new TelegramOptions { Token = token, ApiBaseUrl = baseUrl, MaxAttempts = 1 }), new ManualTimeProvider(), NullLogger<TelegramApiClient>.Instance, _metrics);
}
