using HistoryBot.Core;
using HistoryBot.Core.Chat;
using HistoryBot.Core.State;
using HistoryBot.Telegram.Tests.Fakes;
using HistoryBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Moq;
using Xunit;

namespace HistoryBot.Telegram.Tests.Hosting;

/// <summary>
/// One test's world: the fake Bot API, a fake clock, a data folder, captured logs, a mocked chat
/// core (or the real one), and the bot hosts started on them. Disposing stops the hosts and fails
/// the test when any call broke the Bot API's rules or any log line held the token.
/// </summary>
public sealed class TelegramScenario : IAsyncLifetime
{
    public static readonly IReadOnlyList<CommandInfo> Commands =
    [
        Command("ask", ChatRole.Member, "Ask a history question"),
        Command("help", ChatRole.Member, "What I can do"),
        Command("daily", ChatRole.Moderator, "Daily fact in this chat"),
        Command("status", ChatRole.Admin, "Index and bot status"),
    ];

    private readonly List<IHost> _hosts = [];
    // Generous, since CI shares two cores with everything else; a hang still fails, only later.
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(30));

    public TelegramScenario()
    {
        Bot.SetupGet(bot => bot.Commands).Returns(Commands);
        Bot.Setup(bot => bot.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ChatMessage message, CancellationToken _) => Reply.Info("echo: " + message.Text));
        Bot.Setup(bot => bot.HandleActionAsync(It.IsAny<ChatAction>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((ChatAction action, CancellationToken _) => Reply.Info("pressed: " + action.Data));
        Bot.Setup(bot => bot.HandleFollowUpAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>())).ReturnsAsync((Reply?)null);
    }

    public FakeBotApi Api { get; private set; } = null!;

    public TestClock Clock { get; } = new();

    public TempDirectory Data { get; } = new();

    public CapturedLogs Logs { get; } = new();

    /// <summary>The chat core as the adapter sees it; echoes by default.</summary>
    public Mock<IChatBot> Bot { get; } = new(MockBehavior.Strict);

    /// <summary>Every wait of the test ends within half a minute, so a hang is a failure, not a stuck run.</summary>
    public CancellationToken Timeout => _timeout.Token;

    public async Task InitializeAsync() => Api = await FakeBotApi.StartAsync(Clock);

    /// <summary>Builds and starts a bot host; <paramref name="realCore"/> uses the real chat core over the committed sources.</summary>
    public async Task<IHost> StartBotAsync(
        Action<Dictionary<string, string?>>? configure = null,
        bool realCore = false,
        bool waitForPolling = true,
        Action<IServiceCollection>? services = null)
    {
        var host = BuildBot(configure, realCore, services);
        await host.StartAsync(Timeout);
        _hosts.Add(host);
        if (waitForPolling && !IsWebhook(host))
            await Api.WaitForCallAsync("getUpdates", cancellationToken: Timeout);
        return host;
    }

    public IHost BuildBot(Action<Dictionary<string, string?>>? configure = null, bool realCore = false, Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = Api.BaseUrl,
            ["Telegram:PollingTimeout"] = "00:00:05",
            ["Telegram:RetryBaseDelay"] = "00:00:01",
            ["Telegram:MaxRetryDelay"] = "00:00:30",
            ["Telegram:MaxAttempts"] = "4",
            ["Storage:DataDirectory"] = Data.Path,
            ["Storage:SourcesDirectory"] = RepoPaths.Sources,
        };
        configure?.Invoke(settings);

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(Logs);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.AddSingleton<TimeProvider>(Clock);
        if (realCore)
        {
            builder.AddHistoryBotCore();
        }
        else
        {
            builder.Services.AddSingleton<IStateDatabase>(new SqliteStateDatabase(Data.Combine("state.db")));
            builder.Services.AddSingleton<AdapterStatus>();
            builder.Services.AddSingleton(Bot.Object);
        }
        builder.AddTelegram();
        services?.Invoke(builder.Services);
        return builder.Build();
    }

    public async Task StopAsync(IHost host)
    {
        await host.StopAsync(Timeout);
        host.Dispose();
        _hosts.Remove(host);
    }

    /// <summary>Queues an update and waits for the bot's first reply to it (a sendMessage to its chat after it).</summary>
    public async Task<ApiCall> AskAsync(System.Text.Json.Nodes.JsonObject update)
    {
        var before = Api.Calls.Count;
        Api.EnqueueUpdate(update);
        var chat = (update["message"] ?? update["callback_query"]?["message"])!["chat"]!["id"]!.GetValue<long>();
        return await Api.WaitForCallAsync("sendMessage", call => call.Sequence > before && call.ChatId == chat, Timeout);
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts.ToList())
        {
            await host.StopAsync(CancellationToken.None);
            host.Dispose();
        }
        await Api.DisposeAsync();
        Data.Dispose();
        _timeout.Dispose();
        Assert.Empty(Api.Violations);
        Assert.DoesNotContain(FakeBotApi.Token, Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeBotApi.Token.Split(':')[1], Logs.All, StringComparison.Ordinal);
    }

    private static bool IsWebhook(IHost host) =>
        host.Services.GetRequiredService<IConfiguration>()["Telegram:Mode"]?.Equals("Webhook", StringComparison.OrdinalIgnoreCase) == true;

    private static CommandInfo Command(string name, ChatRole role, string description) =>
        new(name, role, description, new Dictionary<string, string> { ["lt"] = description + " (lt)", ["ro"] = description + " (ro)", ["tl"] = description + " (tl)" });
}
