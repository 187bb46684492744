using HistoryBot.Hosting;
using HistoryBot.Testing;
using Microsoft.Extensions.Hosting;

namespace HistoryBot.Tests;

/// <summary>
/// The executable's real host over a copy of the committed sources in a temp folder; with
/// <c>platforms</c> the host `serve` builds, which adds the configured adapters.
/// </summary>
public sealed class TestHost : IDisposable
{
    public TestHost(IReadOnlyDictionary<string, string?>? settings = null, bool platforms = false)
    {
        Temp = new TempDirectory();
        SourcesDirectory = TestCorpus.CopySources(Temp.Path);
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = Temp.Combine("data"),
            ["Storage:SourcesDirectory"] = SourcesDirectory,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            overrides[key] = value;
        Host = BotHost.CreateBuilder(overrides, quiet: true, platforms).Build();
    }

    public TempDirectory Temp { get; }

    public string SourcesDirectory { get; }

    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    public void Dispose()
    {
        Host.Dispose();
        Temp.Dispose();
    }
}
