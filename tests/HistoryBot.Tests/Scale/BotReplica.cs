using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace HistoryBot.Tests.Scale;

/// <summary>
/// One real bot process (`dotnet HistoryBot.dll serve`) in Telegram webhook mode on a port of
/// its own, with its output kept for the failure message. Dispose kills it.
/// </summary>
internal sealed class BotReplica : IDisposable
{
    public const string WebhookSecret = "replica-secret-0123456789-abcdefghijklmnopqrstuvwxyz";
    private const string WebhookPath = "/telegram/webhook";
    private static readonly string Executable = Path.Combine(AppContext.BaseDirectory, "HistoryBot.dll");

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly HttpClient _http;

    private BotReplica(string name, Process process, Uri address, HttpClient http)
    {
        Name = name;
        _process = process;
        Address = address;
        _http = http;
    }

    public string Name { get; }

    public Uri Address { get; }

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

    public static BotReplica Start(string name, string workingDirectory, string sources, string data, IReadOnlyDictionary<string, string> environment, HttpClient http)
    {
        var port = FreePort();
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
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the executable.");
        var replica = new BotReplica(name, process, new Uri($"http://127.0.0.1:{port}"), http);
        process.OutputDataReceived += (_, line) => replica.Append(line.Data);
        process.ErrorDataReceived += (_, line) => replica.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return replica;
    }

    /// <summary>Waits until /readyz answers 200: the index serves and the webhook is set.</summary>
    public async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{Output}");
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
