using HistoryBot.Core.Chat;
using HistoryBot.Discord.Tests.Fakes;
using Moq;

namespace HistoryBot.Discord.Tests.Support;

/// <summary>A fake Discord, the adapter connected to it (READY received), and the gateway connection to script.</summary>
internal sealed class Running : IAsyncDisposable
{
    private int _sequence = 1;

    private Running(FakeDiscord discord, AdapterHarness harness, FakeGatewayConnection gateway, System.Text.Json.Nodes.JsonObject identify)
    {
        Discord = discord;
        Harness = harness;
        Gateway = gateway;
        Identify = identify;
    }

    /// <summary>The Identify the adapter sent (op 2), intents and all.</summary>
    public System.Text.Json.Nodes.JsonObject Identify { get; }

    public FakeDiscord Discord { get; }

    public AdapterHarness Harness { get; }

    public FakeGatewayConnection Gateway { get; private set; }

    public static async Task<Running> StartAsync(CancellationToken cancellationToken, IChatBot? bot = null, DiscordTimings? timings = null,
        IDictionary<string, string?>? configuration = null, Action<FakeDiscord>? script = null, string? stateDirectory = null,
        Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var discord = await FakeDiscord.StartAsync();
        script?.Invoke(discord);
        var harness = await AdapterHarness.StartAsync(discord, bot, timings, configuration: configuration, stateDirectory: stateDirectory, services: services,
            cancellationToken: cancellationToken);
        var gateway = await discord.NextConnectionAsync(cancellationToken);
        var identify = await gateway.AcceptIdentifyAsync(cancellationToken);
        await Eventually.TrueAsync(() => harness.Status.Snapshot().Any(connection => connection.Connected), cancellationToken, "READY");
        return new Running(discord, harness, gateway, identify);
    }

    public static Mock<IChatBot> Bot() => AdapterHarness.DefaultBot();

    /// <summary>Sends a dispatch with the next sequence number.</summary>
    public Task DispatchAsync(string name, System.Text.Json.Nodes.JsonNode data) => Gateway.DispatchAsync(name, ++_sequence, data);

    public Task DispatchAsync(string name, int sequence, System.Text.Json.Nodes.JsonNode data)
    {
        _sequence = Math.Max(_sequence, sequence);
        return Gateway.DispatchAsync(name, sequence, data);
    }

    public void Reconnected(FakeGatewayConnection gateway) => Gateway = gateway;

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Harness.DisposeAsync();
        }
        finally
        {
            await Discord.DisposeAsync();
        }
    }
}
