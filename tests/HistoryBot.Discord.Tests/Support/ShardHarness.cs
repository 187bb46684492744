using HistoryBot.Core.Chat;
using HistoryBot.Core.State;
using HistoryBot.Discord.Gateway;
using HistoryBot.Discord.Rest;
using HistoryBot.Discord.Tests.Fakes;
using HistoryBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace HistoryBot.Discord.Tests.Support;

/// <summary>One gateway shard against a fake gateway, with a recording sink and a real state store.</summary>
internal sealed class ShardHarness : IAsyncDisposable
{
    private readonly TempDirectory _temp;
    private readonly CancellationTokenSource _hardStop = new();

    private ShardHarness(TempDirectory temp, SqlGatewaySessionStore store, AdapterStatus status, GatewayShard shard)
    {
        _temp = temp;
        Store = store;
        Status = status;
        Shard = shard;
    }

    public RecordingSink Sink { get; } = new();

    public SqlGatewaySessionStore Store { get; }

    public AdapterStatus Status { get; }

    public GatewayShard Shard { get; private set; }

    public Task Run { get; private set; } = Task.CompletedTask;

    public AdapterConnection Connection => Status.Snapshot().Single();

    public static ShardHarness Create(FakeDiscord discord, TimeProvider time, DiscordTimings? timings = null, GatewaySession? stored = null)
    {
        var temp = new TempDirectory();
        var store = new SqlGatewaySessionStore(new SqliteStateDatabase(temp.Combine("state.db")), time);
        var shardInfo = new ShardInfo(0, 1);
        if (stored is not null)
            store.SaveAsync(shardInfo.Id, shardInfo.Count, stored).GetAwaiter().GetResult();
        var status = new AdapterStatus(time);
        var limiter = new IdentifyLimiter(new SessionStartLimit(1000, 1000, 0, 1), time, (timings ?? TestTimings.Fast).IdentifyWindow, NullLogger.Instance);
        var harness = new ShardHarness(temp, store, status, null!);
        harness.Shard = new GatewayShard(shardInfo, "discord", new Uri(discord.GatewayUrl), FakeDiscord.Token, limiter, harness.Sink, store, status,
            timings ?? TestTimings.Fast, time, NullLogger.Instance);
        return harness;
    }

    /// <summary>Takes the shard's next gateway connection, accepts its Identify with READY and waits until READY reached the sink.</summary>
    public async Task<FakeGatewayConnection> ReadyAsync(FakeDiscord discord, CancellationToken cancellationToken, string sessionId = "session-1")
    {
        var connection = await discord.NextConnectionAsync(cancellationToken);
        await connection.AcceptIdentifyAsync(cancellationToken, sessionId: sessionId);
        await Sink.NextAsync("READY", cancellationToken);
        return connection;
    }

    public ShardHarness Start()
    {
        Run = Shard.RunAsync(_hardStop.Token);
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _hardStop.CancelAsync();
        try
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is OperationCanceledException or DiscordException)
        {
        }
        _temp.Dispose();
    }
}
