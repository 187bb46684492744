using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace HistoryBot.Tests.Scale;

/// <summary>
/// One real bot process (`dotnet HistoryBot.dll serve`) in Telegram webhook mode on a port of
/// its own, with its output kept for the failure message. Dispose kills it. A port found free can be taken by another
/// socket before the bot binds it (an outgoing connection's source port): then the bot stops with "address already in
/// use", and the replica starts it again on another port (<see cref="MaxPortRetries"/> times).
/// </summary>
internal sealed class BotReplica : IDisposable
{
    public const string WebhookSecret = "replica-secret-0123456789-abcdefghijklmnopqrstuvwxyz";
    private const string WebhookPath = "/telegram/webhook";
    private static readonly string Executable = Path.Combine(AppContext.BaseDirectory, "HistoryBot.dll");

    private const int MaxPortRetries = 3;

    private readonly Func<int, ProcessStartInfo> _startInfo;
    private readonly StringBuilder _output = new();
    private readonly HttpClient _http;
    private Process _process = null!;
    private int _portRetries;
    // Where the current process's output begins in _output.
    private int _launchedAt;

    private BotReplica(string name, Func<int, ProcessStartInfo> startInfo, HttpClient http)
    {
        Name = name;
        _startInfo = startInfo;
        _http = http;
    }

    public string Name { get; }

    public Uri Address { get; private set; } = null!;

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <param name="port">The port to try first (a free one when null).</param>
    public static BotReplica Start(string name, string workingDirectory, string sources, string data, IReadOnlyDictionary<string, string> environment, HttpClient http,
        int? port = null)
    {
        var replica = new BotReplica(name, port => StartInfo(port, workingDirectory, sources, data, environment), http);
        replica.Launch(port ?? FreePort());
        return replica;
    }

    private static ProcessStartInfo StartInfo(int port, string workingDirectory, string sources, string data, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Executable, "serve", "--sources", sources, "--data-dir", data })
            start.ArgumentList.Add(argument);
        foreach (var key in start.Environment.Keys.Where(key => key.StartsWith("HISTORYBOT_", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(key);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";
        start.Environment["HISTORYBOT_Http__Urls"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        return start;
    }

    private void Launch(int port)
    {
        lock (_output)
            _launchedAt = _output.Length;
        var process = Process.Start(_startInfo(port)) ?? throw new InvalidOperationException("Could not start the executable.");
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    /// <summary>What the current process wrote (after any earlier attempt's output).</summary>
    private string OutputOfThisLaunch()
    {
        lock (_output)
            return _output.ToString(_launchedAt, _output.Length - _launchedAt);
    }

    /// <summary>Waits until /readyz answers 200: the index serves and the webhook is set.</summary>
    public async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_process.HasExited)
            {
                // The output is read asynchronously: wait for its end, or the bot's last lines may not have arrived yet.
                await _process.WaitForExitAsync(cancellationToken);
                if (_portRetries < MaxPortRetries && OutputOfThisLaunch().Contains("Address already in use", StringComparison.OrdinalIgnoreCase))
                {
                    _portRetries++;
                    Append($"--- {Address.Port} was taken before the bot bound it; starting again on another port ---");
                    _process.Dispose();
                    Launch(FreePort());
                    continue;
                }
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                using var response = await _http.GetAsync(new Uri(Address, "/readyz"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>Posts an update to this replica's webhook, as Telegram (through a load balancer) would.</summary>
    public async Task PostAsync(JsonObject update, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Address, WebhookPath))
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", WebhookSecret);
        using var response = await _http.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"{Name}'s webhook answered {(int)response.StatusCode}");
    }

    /// <summary>SIGKILL: no shutdown, no lease given back.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
