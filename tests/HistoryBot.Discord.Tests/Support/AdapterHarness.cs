using HistoryBot.Core.Chat;
using HistoryBot.Core.State;
using HistoryBot.Discord.Adapter;
using HistoryBot.Discord.Tests.Fakes;
using HistoryBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Moq;

namespace HistoryBot.Discord.Tests.Support;

/// <summary>
/// The adapter as the host runs it (AddDiscord and all), pointed at a <see cref="FakeDiscord"/>,
/// with a chat bot of the test's choosing and the state database in a temp folder.
/// </summary>
internal sealed class AdapterHarness : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly TempDirectory? _ownedState;
    private bool _stopped;

    private AdapterHarness(IHost host, CapturedLogs logs, TempDirectory? ownedState)
    {
        _host = host;
        Logs = logs;
        _ownedState = ownedState;
    }

    public CapturedLogs Logs { get; }

    public AdapterStatus Status => _host.Services.GetRequiredService<AdapterStatus>();

    public DiscordAdapter Adapter => _host.Services.GetRequiredService<DiscordAdapter>();

    public IServiceProvider Services => _host.Services;

    /// <summary>A chat bot mock that knows the core's usual commands and answers "ok".</summary>
    public static Mock<IChatBot> DefaultBot()
    {
        var bot = new Mock<IChatBot>();
        bot.SetupGet(b => b.Commands).Returns(StandardCommands);
        bot.Setup(b => b.HandleAsync(It.IsAny<ChatMessage>(), It.IsAny<CancellationToken>())).ReturnsAsync(Reply.Info("ok"));
        bot.Setup(b => b.HandleActionAsync(It.IsAny<ChatAction>(), It.IsAny<CancellationToken>())).ReturnsAsync(Reply.Info("ok"));
        return bot;
    }

    public static IReadOnlyList<CommandInfo> StandardCommands { get; } =
    [
        new("ask", ChatRole.Member, "Ask a history question",
            new Dictionary<string, string> { ["lt"] = "Užduokite istorijos klausimą", ["ro"] = "Puneți o întrebare de istorie", ["tl"] = "Magtanong tungkol sa kasaysayan" },
            ArgumentName: "question", ArgumentDescription: "Your question", ArgumentRequired: true),
        new("help", ChatRole.Member, "What I can do", new Dictionary<string, string> { ["lt"] = "Ką moku", ["ro"] = "Ce pot face", ["tl"] = "Ano ang kaya kong gawin" }),
        new("dailyfact", ChatRole.Moderator, "Post a daily fact in this channel", new Dictionary<string, string>(),
            ArgumentName: "time", ArgumentDescription: "HH:mm and time zone, or off", AllowedInPrivateChats: false),
        new("status", ChatRole.Admin, "Index and bot status", new Dictionary<string, string> { ["lt"] = "Indekso ir roboto būsena" }),
        new("addsource", ChatRole.Admin, "Add a source document", new Dictionary<string, string>(),
            ArgumentName: "file", ArgumentDescription: "A .txt file", ArgumentRequired: true),
    ];

    public static async Task<AdapterHarness> StartAsync(
        FakeDiscord discord,
        IChatBot? bot = null,
        DiscordTimings? timings = null,
        TimeProvider? time = null,
        string? stateDirectory = null,
        IDictionary<string, string?>? configuration = null,
        Action<IServiceCollection>? services = null,
        CancellationToken cancellationToken = default)
    {
        var owned = stateDirectory is null ? new TempDirectory() : null;
        var logs = new CapturedLogs();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [] });
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Token"] = FakeDiscord.Token,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Discord:AdminUserIds:0"] = Events.Admin.ToString(),
        };
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>())
            settings[key] = value;
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);

        var clock = time ?? TimeProvider.System;
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(timings ?? TestTimings.Fast);
        builder.Services.AddSingleton(bot ?? DefaultBot().Object);
        builder.Services.AddSingleton<IStateDatabase>(new SqliteStateDatabase(Path.Combine(stateDirectory ?? owned!.Path, "state.db")));
        builder.Services.AddSingleton(new AdapterStatus(clock));
        builder.AddDiscord();
        // Registered last, so a test's services (a real chat bot on the adapter's stores) win.
        services?.Invoke(builder.Services);

        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new AdapterHarness(host, logs, owned);
    }

    /// <summary>Stops the host: answers in flight finish, then the gateway closes normally.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        _stopped = true;
        await _host.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_stopped)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _host.StopAsync(timeout.Token);
            }
        }
        finally
        {
            _host.Dispose();
            _ownedState?.Dispose();
        }
        AssertNoSecretsLogged();
    }

    /// <summary>Neither the bot token nor an interaction token may appear in any log line, at any level.</summary>
    public void AssertNoSecretsLogged()
    {
        var leaks = Logs.Entries.Where(entry => entry.ToString().Contains(FakeDiscord.Token, StringComparison.Ordinal)
            || entry.ToString().Contains("interaction-token-", StringComparison.Ordinal)).ToList();
        if (leaks.Count > 0)
            throw new Xunit.Sdk.XunitException("A token was logged:\n" + string.Join("\n", leaks));
    }
}
