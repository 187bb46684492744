using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HistoryBot.Core.Chat;
using HistoryBot.Core.State;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Discord.Gateway;

/// <summary>
/// One gateway connection (one shard) kept alive: Hello, heartbeats, Identify or Resume,
/// dispatches handed to the sink, and the reconnect rules of the gateway (op 7, op 9, close
/// codes, zombie connections). Several shards run side by side in one process.
/// </summary>
internal sealed class GatewayShard(
    ShardInfo shard,
    string statusName,
    Uri gatewayUrl,
    string token,
    IdentifyLimiter identify,
    IGatewayDispatchSink sink,
    IGatewaySessionStore sessions,
    AdapterStatus status,
    DiscordTimings timings,
    TimeProvider time,
    ILogger logger,
    GatewayIntents intents = GatewayIntents.HistoryBot)
{
    private const int MaxResumeFailures = 3;
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private GatewaySession? _session;
    private int _sequence = -1;
    private volatile bool _ackPending;
    private volatile bool _zombie;
    private volatile ClientWebSocket? _socket;
    private volatile bool _stopRequested;

    public ShardInfo Shard => shard;

    /// <summary>
    /// Connects and reconnects until <see cref="CloseAsync"/> or cancellation; throws a
    /// <see cref="DiscordException"/> (<see cref="DiscordFailure.GatewayRejected"/>) when Discord
    /// closes with a code that forbids reconnecting.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _closing.Token);
        _session = await sessions.LoadAsync(shard.Id, shard.Count, timings.ResumableSessionAge, cancellationToken);
        if (_session is not null)
        {
            _sequence = _session.Sequence ?? -1;
            logger.LogInformation("Shard {Shard} resumes the session the previous run left", shard);
        }

        var failures = 0;
        while (!_stopRequested)
        {
            status.Report(statusName, false, _session is null ? "connecting" : "resuming");
            var outcome = await ConnectOnceAsync(lifetime.Token, cancellationToken);
            if (outcome.Stopped || _stopRequested)
                break;

            if (outcome.Action == CloseAction.Stop)
            {
                logger.LogCritical("Discord refused shard {Shard}: {Reason}. The Discord adapter stops; fix the configuration and restart HistoryBot", shard, outcome.Detail);
                await sessions.ClearAsync(shard.Id, shard.Count, CancellationToken.None);
                status.Report(statusName, false, "stopped: " + outcome.Detail);
                throw new DiscordException($"Discord refused the gateway connection: {outcome.Detail}.", DiscordFailure.GatewayRejected);
            }
            failures = outcome.Established ? 0 : failures + 1;
            // A resume URL that keeps failing (or a stale session from a previous run) is given up
            // for a fresh session on the main gateway URL.
            if ((outcome.Action == CloseAction.Reidentify || failures >= MaxResumeFailures) && _session is not null)
            {
                _session = null;
                Volatile.Write(ref _sequence, -1);
                await sessions.ClearAsync(shard.Id, shard.Count, CancellationToken.None);
            }

            status.Report(statusName, false, outcome.Detail);
            logger.LogWarning("Shard {Shard} disconnected: {Reason}; {Next}", shard, outcome.Detail, _session is null ? "identifying again" : "resuming");

            var delay = outcome.InvalidSession
                ? timings.InvalidSessionMinDelay + (timings.InvalidSessionMaxDelay - timings.InvalidSessionMinDelay) * Random.Shared.NextDouble()
                : failures == 0 ? TimeSpan.Zero
                : TimeSpan.FromTicks(Math.Min(timings.MaxReconnectDelay.Ticks, timings.ReconnectDelay.Ticks << Math.Min(failures - 1, 16)));
            if (delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(delay, time, lifetime.Token);
                }
                catch (OperationCanceledException) when (_stopRequested && !cancellationToken.IsCancellationRequested)
                {
                    break;
                }
            }
        }
        status.Report(statusName, false, "stopped");
    }

    /// <summary>
    /// Ends the session with a normal close (1000): Discord shows the bot offline at once and
    /// will not replay anything, so the stored session is dropped too.
    /// </summary>
    public async Task CloseAsync(CancellationToken cancellationToken = default)
    {
        // Flag first: the read loop must take the echo of our close frame as the end, not as a drop.
        _stopRequested = true;
        var socket = _socket;
        var ended = false;
        if (socket is { State: WebSocketState.Open })
        {
            try
            {
                await _sendLock.WaitAsync(cancellationToken);
                try
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "shutting down", cancellationToken);
                    ended = true;
                }
                finally
                {
                    _sendLock.Release();
                }
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                logger.LogDebug("Shard {Shard} could not send a normal close: {Error}", shard, ex.Message);
            }
        }
        await _closing.CancelAsync();
        // Without the normal close the session lives on at Discord, and a quick restart may resume it.
        if (ended)
            await sessions.ClearAsync(shard.Id, shard.Count, CancellationToken.None);
    }

    private async Task<ConnectionOutcome> ConnectOnceAsync(CancellationToken lifetime, CancellationToken hardStop)
    {
        var resume = _session;
        var url = WithQuery(resume is null ? gatewayUrl : new Uri(resume.ResumeUrl));
        using var socket = new ClientWebSocket();
        // Receives are cancelled only by a hard stop or by us dropping the connection: cancelling a
        // receive aborts the socket, and a graceful shutdown wants the close handshake instead.
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(hardStop);
        _ackPending = false;
        _zombie = false;
        Task? heartbeat = null;
        var established = false;
        try
        {
            await socket.ConnectAsync(url, lifetime);
            _socket = socket;
            if (_stopRequested)
                return new ConnectionOutcome(CloseAction.Resume, "stopped", false, Stopped: true);

            var buffer = new ArrayBufferWriter<byte>(8192);
            GatewayPayload? first;
            using (var helloTimeout = new CancellationTokenSource(timings.HelloTimeout, time))
            using (var helloWait = CancellationTokenSource.CreateLinkedTokenSource(connection.Token, helloTimeout.Token))
            {
                try
                {
                    first = await ReceiveAsync(socket, buffer, helloWait.Token);
                }
                catch (OperationCanceledException) when (helloTimeout.IsCancellationRequested && !hardStop.IsCancellationRequested)
                {
                    return new ConnectionOutcome(CloseAction.Resume, "no Hello from the gateway", false);
                }
            }
            if (first is null)
                return Closed(socket, established);
            if (first.Op == GatewayOpCode.Reconnect)
                return new ConnectionOutcome(CloseAction.Resume, "Discord asked to reconnect (op 7) before Hello", false);
            if (first.Op != GatewayOpCode.Hello)
                return new ConnectionOutcome(CloseAction.Resume, $"expected Hello, got op {(int)first.Op}", false);

            var hello = first.D.Deserialize(Json.HelloData) ?? throw new JsonException("Hello without data");
            // Started before Identify so its first (jittered) timer exists before anything else happens.
            heartbeat = HeartbeatLoopAsync(socket, TimeSpan.FromMilliseconds(hello.HeartbeatInterval), connection);

            if (resume is not null)
            {
                var sequence = Volatile.Read(ref _sequence);
                await SendAsync(socket, GatewayOpCode.Resume, new ResumeData(token, resume.SessionId, sequence < 0 ? null : sequence), Json.ResumeData, lifetime);
                logger.LogDebug("Shard {Shard} sent Resume at sequence {Sequence}", shard, sequence);
            }
            else
            {
                await identify.WaitAsync(shard.Id, lifetime);
                var data = new IdentifyData(token, new IdentifyProperties(OperatingSystem(), "historybot", "historybot"),
                    (int)intents, [shard.Id, shard.Count]);
                await SendAsync(socket, GatewayOpCode.Identify, data, Json.IdentifyData, lifetime);
                logger.LogDebug("Shard {Shard} sent Identify", shard);
            }

            while (true)
            {
                GatewayPayload? frame;
                try
                {
                    frame = await ReceiveAsync(socket, buffer, connection.Token);
                }
                catch (JsonException ex)
                {
                    logger.LogWarning("Shard {Shard} skipped a frame it could not read: {Error}", shard, ex.Message);
                    continue;
                }
                if (frame is null)
                    return Closed(socket, established);

                switch (frame.Op)
                {
                    case GatewayOpCode.Dispatch:
                        established |= await OnDispatchAsync(frame, hardStop);
                        break;
                    case GatewayOpCode.Heartbeat:
                        await SendHeartbeatAsync(socket, lifetime);
                        break;
                    case GatewayOpCode.HeartbeatAck:
                        _ackPending = false;
                        break;
                    case GatewayOpCode.Reconnect:
                        await DropAsync(socket);
                        return new ConnectionOutcome(CloseAction.Resume, "Discord asked to reconnect (op 7)", established);
                    case GatewayOpCode.InvalidSession:
                        await DropAsync(socket);
                        return frame.D.ValueKind == JsonValueKind.True
                            ? new ConnectionOutcome(CloseAction.Resume, "invalid session (op 9), resumable", established)
                            : new ConnectionOutcome(CloseAction.Reidentify, "invalid session (op 9), not resumable", established, InvalidSession: true);
                    default:
                        logger.LogDebug("Shard {Shard} ignored op {Op}", shard, (int)frame.Op);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (!hardStop.IsCancellationRequested)
        {
            if (_stopRequested)
                return new ConnectionOutcome(CloseAction.Resume, "stopped", established, Stopped: true);
            return new ConnectionOutcome(CloseAction.Resume, _zombie ? "no heartbeat ACK (zombied connection)" : "connection cancelled", established);
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException)
        {
            if (_stopRequested)
                return new ConnectionOutcome(CloseAction.Resume, "stopped", established, Stopped: true);
            return new ConnectionOutcome(CloseAction.Resume, $"connection lost ({ex.Message})", established);
        }
        catch (Exception ex) when (!hardStop.IsCancellationRequested)
        {
            // A bad frame or a state-store hiccup must not end the shard: reconnect and carry on.
            logger.LogError(ex, "Shard {Shard} failed; reconnecting", shard);
            return new ConnectionOutcome(CloseAction.Resume, $"error ({ex.GetType().Name})", established);
        }
        finally
        {
            _socket = null;
            await connection.CancelAsync();
            if (heartbeat is not null)
                await heartbeat;
        }
    }

    private ConnectionOutcome Closed(ClientWebSocket socket, bool established)
    {
        if (_stopRequested)
            return new ConnectionOutcome(CloseAction.Resume, "stopped", established, Stopped: true);
        var code = (int?)socket.CloseStatus;
        var action = GatewayCloseCodes.ActionFor(code);
        var detail = code is null ? "closed without a code" : GatewayCloseCodes.Explain(code.Value);
        return new ConnectionOutcome(action, detail, established);
    }

    /// <summary>Records the sequence, keeps the session, and hands the event on. True on READY and RESUMED.</summary>
    private async Task<bool> OnDispatchAsync(GatewayPayload frame, CancellationToken cancellationToken)
    {
        var sequence = frame.S ?? Volatile.Read(ref _sequence);
        if (frame.S is { } s)
            Volatile.Write(ref _sequence, s);
        var established = false;
        switch (frame.T)
        {
            case "READY":
                var ready = frame.D.Deserialize(Json.ReadyEvent) ?? throw new JsonException("READY without data");
                _session = new GatewaySession(ready.SessionId, ready.ResumeGatewayUrl, frame.S);
                await sessions.SaveAsync(shard.Id, shard.Count, _session, cancellationToken);
                status.Report(statusName, true, $"connected as {ready.User.Username}");
                logger.LogInformation("Shard {Shard} connected as {User}", shard, ready.User.Username);
                established = true;
                break;
            case "RESUMED":
                status.Report(statusName, true, "resumed");
                logger.LogInformation("Shard {Shard} resumed its session", shard);
                established = true;
                break;
        }
        if (frame.T is { } name && !_stopRequested)
            sink.Accept(new GatewayDispatch(shard, name, sequence, frame.D));
        return established;
    }

    private async Task HeartbeatLoopAsync(ClientWebSocket socket, TimeSpan interval, CancellationTokenSource connection)
    {
        var cancellationToken = connection.Token;
        try
        {
            // Due times are absolute, so a late wake-up does not shift every later heartbeat.
            var due = time.GetUtcNow() + interval * timings.HeartbeatJitter();
            while (true)
            {
                var wait = due - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait, time, cancellationToken);
                if (_ackPending)
                {
                    logger.LogWarning("Shard {Shard} got no heartbeat ACK; dropping the connection to resume", shard);
                    _zombie = true;
                    await DropAsync(socket);
                    await connection.CancelAsync();
                    return;
                }
                _ackPending = true;
                await SendHeartbeatAsync(socket, cancellationToken);
                due += interval;
                if (due < time.GetUtcNow())
                    due = time.GetUtcNow() + interval;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection ended; the read loop reports why.
        }
    }

    private async Task SendHeartbeatAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var sequence = Volatile.Read(ref _sequence);
        var buffer = new ArrayBufferWriter<byte>(32);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", (int)GatewayOpCode.Heartbeat);
            if (sequence < 0)
                writer.WriteNull("d");
            else
                writer.WriteNumber("d", sequence);
            writer.WriteEndObject();
        }
        await SendRawAsync(socket, buffer.WrittenMemory, cancellationToken);
        if (_session is { } session && sequence >= 0 && session.Sequence != sequence)
        {
            // Kept about as fresh as the heartbeat, so a restart resumes close to where this run stopped.
            _session = session with { Sequence = sequence };
            await sessions.SaveAsync(shard.Id, shard.Count, _session, CancellationToken.None);
        }
    }

    private async Task SendAsync<T>(ClientWebSocket socket, GatewayOpCode op, T data, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", (int)op);
            writer.WritePropertyName("d");
            JsonSerializer.Serialize(writer, data, type);
            writer.WriteEndObject();
        }
        await SendRawAsync(socket, buffer.WrittenMemory, cancellationToken);
    }

    private async Task SendRawAsync(ClientWebSocket socket, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes with a code other than 1000/1001, which keeps the session resumable.</summary>
    private async Task DropAsync(ClientWebSocket socket)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2), time);
            await _sendLock.WaitAsync(timeout.Token);
            try
            {
                if (socket.State == WebSocketState.Open)
                    await socket.CloseOutputAsync((WebSocketCloseStatus)GatewayCloseCodes.ReconnectClose, "reconnecting", timeout.Token);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A dead connection cannot take a close frame; disposing the socket aborts it.
        }
    }

    private static async Task<GatewayPayload?> ReceiveAsync(ClientWebSocket socket, ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        buffer.ResetWrittenCount();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            buffer.Advance(result.Count);
            if (result.EndOfMessage)
                break;
        }
        return JsonSerializer.Deserialize(buffer.WrittenSpan, Json.GatewayPayload);
    }

    private static Uri WithQuery(Uri url) =>
        new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;

    private static string OperatingSystem() =>
        System.OperatingSystem.IsLinux() ? "linux" : System.OperatingSystem.IsWindows() ? "windows" : System.OperatingSystem.IsMacOS() ? "macos" : "unknown";
}
