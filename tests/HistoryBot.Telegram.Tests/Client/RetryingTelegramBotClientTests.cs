using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using HistoryBot.Core.Diagnostics;
using HistoryBot.Telegram.Client;
using HistoryBot.Telegram.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Xunit;

namespace HistoryBot.Telegram.Tests.Client;

/// <summary>What the adapter adds to the library's client: its retry policy, error reading, metrics and redaction.</summary>
public sealed class RetryingTelegramBotClientTests : IAsyncLifetime
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(10));
    private readonly HttpClient _http = new();
    private readonly TestClock _clock = new();
    private readonly BotMetrics _metrics = new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync(_clock);

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api.DisposeAsync();
        _timeout.Dispose();
        Assert.Empty(_api.Violations);
    }

    [Fact]
    public async Task Error_answers_are_read_for_retry_after_and_the_new_chat_id_and_counted()
    {
        // Arrange
        _api.FailNext("sendMessage", FakeResponse.TooManyRequests(retryAfter: 7));
        _api.FailNext("getChatMember", FakeResponse.Error(400, "Bad Request: group chat was upgraded to a supergroup chat", migrateTo: -1009));
        var client = Client(_api.BaseUrl);

        // Act
        var flood = await Assert.ThrowsAsync<ApiRequestException>(() => client.SendMessage(1, "hi", cancellationToken: _timeout.Token));
        var migrated = await Assert.ThrowsAsync<ApiRequestException>(() => client.GetChatMember(-5, 1, _timeout.Token));

        // Assert
        Assert.Equal(429, flood.Code);
        Assert.Equal(TimeSpan.FromSeconds(7), flood.RetryAfter);
        Assert.Equal("Too Many Requests: retry after 7", flood.Message);
        Assert.True(flood.IsTransient);
        Assert.Equal(-1009, migrated.MigrateToChatId);
        Assert.False(migrated.IsTransient);
        Assert.Equal(1, _metrics.Totals()["telegram API rate limited"]);
        Assert.Equal(1, _metrics.Totals()["telegram API error"]);
    }

    [Fact]
    public async Task Reads_are_retried_after_server_errors_and_sends_are_not()
    {
        // Arrange
        _api.FailNext("getChatMember", FakeResponse.Error(500, "Internal Server Error"));
        _api.FailNext("sendMessage", FakeResponse.Error(502, "Bad Gateway"));
        _api.FailNext("sendMessage", FakeResponse.Drop());
        var client = Client(_api.BaseUrl, maxAttempts: 3);

        // Act
        var lookup = client.GetChatMember(-5, 1, _timeout.Token);
        await _clock.WaitForDelayAsync(TimeSpan.FromSeconds(1), _timeout.Token);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var member = await lookup;
        var serverError = await Assert.ThrowsAsync<ApiRequestException>(() => client.SendMessage(1, "hi", cancellationToken: _timeout.Token));
        var dropped = await Assert.ThrowsAsync<RequestException>(() => client.SendMessage(1, "hi", cancellationToken: _timeout.Token));

        // Assert
        Assert.Equal(1, member.User.Id);
        Assert.Equal(2, _api.CallsTo("getChatMember").Count);
        Assert.Equal(502, serverError.Code);
        Assert.Equal(0, dropped.Code);
        Assert.Equal(2, _api.CallsTo("sendMessage").Count);
    }

    [Fact]
    public async Task A_refused_connection_is_a_network_error_retried_even_for_a_send_and_without_the_token()
    {
        // Arrange: a port nobody listens on; nothing was sent, so sending again is safe.
        var client = Client(RefusingUrl(), maxAttempts: 2);

        // Act
        var sending = client.SendMessage(1, "hi", cancellationToken: _timeout.Token);
        await _clock.WaitForDelayAsync(TimeSpan.FromSeconds(1), _timeout.Token);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var failure = await Assert.ThrowsAnyAsync<RequestException>(() => sending);

        // Assert
        Assert.Equal(0, failure.Code);
        Assert.True(failure.IsTransient);
        Assert.Null(failure.InnerException);
        Assert.DoesNotContain(FakeBotApi.Token, failure.ToString());
        Assert.Equal(2, _metrics.Totals()["telegram API error"]);
    }

    [Fact]
    public async Task The_token_is_redacted_from_failures_that_echo_the_url()
    {
        // Arrange: a proxy that repeats the request path in its error.
        _api.FailNext("getMe", FakeResponse.Error(502, $"Bad Gateway: upstream failed for /bot{FakeBotApi.Token}/getMe"));
        var client = Client(_api.BaseUrl);

        // Act
        var failure = await Assert.ThrowsAsync<ApiRequestException>(() => client.GetMe(_timeout.Token));

        // Assert
        Assert.Contains("/bot<redacted>/getMe", failure.Message);
        Assert.DoesNotContain(FakeBotApi.Token, failure.ToString());
    }

    [Fact]
    public async Task A_wrong_token_is_told_apart_from_other_errors()
    {
        // Arrange
        var client = Client(_api.BaseUrl, token: "123456789:WRONG-token_abcdefghijklmnopq");

        // Act
        var failure = await Assert.ThrowsAsync<ApiRequestException>(() => client.GetMe(_timeout.Token));

        // Assert
        Assert.Equal(401, failure.Code);
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
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetUpdates(timeout: 5, cancellationToken: cancelled.Token));
        Assert.Empty(_metrics.Totals());
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

    [Fact]
    public void The_public_Bot_API_is_the_default_and_Telegram_ApiBaseUrl_names_another_server()
    {
        // Act
        var public_ = RetryingTelegramBotClient.ClientOptions(new TelegramOptions { Token = FakeBotApi.Token });
        var local = RetryingTelegramBotClient.ClientOptions(new TelegramOptions { Token = FakeBotApi.Token, ApiBaseUrl = "http://localhost:8081" });

        // Assert: and the library's own 429 retries are off, since the client retries itself.
        Assert.False(public_.LocalBotServer);
        Assert.StartsWith("https://api.telegram.org/bot", public_.BaseRequestUrl);
        Assert.True(local.LocalBotServer);
        Assert.StartsWith("http://localhost:8081/bot", local.BaseRequestUrl);
        Assert.Equal(0, local.RetryThreshold);
    }

    private RetryingTelegramBotClient Client(string baseUrl, string token = FakeBotApi.Token, int maxAttempts = 1) =>
        new(_http, Options.Create(new TelegramOptions { Token = token, ApiBaseUrl = baseUrl, MaxAttempts = maxAttempts }), _clock, NullLogger<RetryingTelegramBotClient>.Instance, _metrics);

    private static string RefusingUrl()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }
}
