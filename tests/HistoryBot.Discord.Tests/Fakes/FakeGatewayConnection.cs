using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace HistoryBot.Discord.Tests.Fakes;

/// <summary>
/// One client connection to the fake gateway. Heartbeats (op 1) are kept apart from the other
/// frames and acknowledged automatically unless <see cref="AutoAck"/> is off, so scripts only
/// see what they test.
/// </summary>
internal sealed class FakeGatewayConnection(WebSocket socket, string path, string query, FakeDiscord discord)
{
    private readonly Channel<JsonObject> _frames = Channel.CreateUnbounded<JsonObject>();
    private readonly Channel<JsonObject> _heartbeats = Channel.CreateUnbounded<JsonObject>();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<int?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>"/gateway" (the URL from GET /gateway/bot) or "/resume" (READY's resume_gateway_url).</summary>
    public string Path { get; } = path;

    public string Query { get; } = query;

    public bool AutoAck { get; set; } = discord.AutoAckHeartbeats;

    /// <summary>The close code the client sent, or null when it dropped the connection without one.</summary>
    public Task<int?> Closed => _closed.Task;

    public Task<JsonObject> ReceiveAsync(CancellationToken cancellationToken) => _frames.Reader.ReadAsync(cancellationToken).AsTask();

    public Task<JsonObject> ReceiveHeartbeatAsync(CancellationToken cancellationToken) => _heartbeats.Reader.ReadAsync(cancellationToken).AsTask();

    public async Task SendAsync(int op, JsonNode? data, int? sequence = null, string? name = null)
    {
        var frame = new JsonObject { ["op"] = op, ["d"] = data?.DeepClone(), ["s"] = sequence, ["t"] = name };
        var bytes = Encoding.UTF8.GetBytes(frame.ToJsonString());
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public Task DispatchAsync(string name, int sequence, JsonNode data) => SendAsync(0, data, sequence, name);

    public Task SendHelloAsync(int heartbeatInterval) => SendAsync(10, new JsonObject { ["heartbeat_interval"] = heartbeatInterval });

    public Task SendReadyAsync(int sequence = 1, string sessionId = "session-1", int shardId = 0, int shardCount = 1) =>
        DispatchAsync("READY", sequence, new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = discord.BotUserId.ToString(), ["username"] = "HistoryBot", ["discriminator"] = "0", ["bot"] = true },
            ["guilds"] = new JsonArray(),
            ["session_id"] = sessionId,
            ["resume_gateway_url"] = discord.ResumeUrl,
            ["shard"] = new JsonArray(shardId, shardCount),
            ["application"] = new JsonObject { ["id"] = discord.ApplicationId.ToString(), ["flags"] = 0 },
        });

    /// <summary>Expects Identify as the next frame and answers READY; returns the Identify.</summary>
    public async Task<JsonObject> AcceptIdentifyAsync(CancellationToken cancellationToken, int sequence = 1, string sessionId = "session-1")
    {
        var identify = await ReceiveAsync(cancellationToken);
        if ((int?)identify["op"] != 2)
            throw new InvalidOperationException($"Expected Identify, got {identify.ToJsonString()}");
        var shard = identify["d"]?["shard"]?.AsArray();
        await SendReadyAsync(sequence, sessionId, (int?)shard?[0] ?? 0, (int?)shard?[1] ?? 1);
        return identify;
    }

    public Task CloseAsync(int code) =>
        socket.CloseOutputAsync((WebSocketCloseStatus)code, "closed by the fake gateway", CancellationToken.None);

    public void Abort() => socket.Abort();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancellationToken);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        var code = (int?)result.CloseStatus;
                        discord.Record($"GATEWAY close {code}");
                        _closed.TrySetResult(code);
                        try
                        {
                            await socket.CloseOutputAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                        }
                        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
                        {
                        }
                        return;
                    }
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var frame = JsonNode.Parse(message.ToArray())!.AsObject();
                if ((int?)frame["op"] == 1)
                {
                    discord.Record($"GATEWAY heartbeat {frame["d"]?.ToJsonString() ?? "null"}");
                    await _heartbeats.Writer.WriteAsync(frame, CancellationToken.None);
                    if (AutoAck)
                        await SendAsync(11, null);
                }
                else
                {
                    discord.Record($"GATEWAY op {(int?)frame["op"]}");
                    if (frame["d"]?.ToJsonString().Length > 4096)
                        discord.Violation($"gateway frame over 4096 bytes: op {(int?)frame["op"]}");
                    await _frames.Writer.WriteAsync(frame, CancellationToken.None);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            if (_closed.TrySetResult(null))
                discord.Record("GATEWAY dropped");
        }
        finally
        {
            _frames.Writer.TryComplete();
            _heartbeats.Writer.TryComplete();
        }
    }
}
