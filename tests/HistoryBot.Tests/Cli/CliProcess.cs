using System.Diagnostics;

namespace HistoryBot.Tests.Cli;

/// <summary>
/// Runs the real executable, `dotnet HistoryBot.dll …` (built once with this test project, no
/// `dotnet run`), with stdout and stderr piped. The child gets a clean environment: no inherited
/// HISTORYBOT_* settings or NO_COLOR, only what the test passes. A child that outlives its
/// timeout is killed with its process tree, so a hung run fails its test and never lingers.
/// </summary>
internal static class CliProcess
{
    private static readonly string Executable = Path.Combine(AppContext.BaseDirectory, "HistoryBot.dll");
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Executable);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("NO_COLOR");
        foreach (var key in start.Environment.Keys.Where(key => key.StartsWith("HISTORYBOT_", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(key);
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
            start.Environment[key] = value;
        return start;
    }

    /// <summary>Starts the executable and drains both pipes, so a chatty progress bar never blocks it.</summary>
    public static Process Start(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var process = Process.Start(StartInfo(workingDirectory, arguments, environment))
            ?? throw new InvalidOperationException("Could not start the executable.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs the executable to its end and returns its exit code and what it wrote.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var patience = timeout ?? DefaultTimeout;
        using var process = Process.Start(StartInfo(workingDirectory, arguments, environment))
            ?? throw new InvalidOperationException("Could not start the executable.");
        using var cancel = new CancellationTokenSource(patience);
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"`HistoryBot {string.Join(' ', process.StartInfo.ArgumentList.Skip(1))}` did not end within {patience} and was killed.");
        }
        return (process.ExitCode, await output, await error);
    }
}
