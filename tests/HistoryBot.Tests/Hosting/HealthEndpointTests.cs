using System.Net;
using System.Text.Json;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Search;
using HistoryBot.Hosting.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HistoryBot.Tests.Hosting;

public sealed class HealthEndpointTests : IAsyncLifetime
{
    private readonly TestHost _bot = new(new Dictionary<string, string?> { ["Http:Urls"] = "http://127.0.0.1:0" });
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private Uri _base = null!;

    public async Task InitializeAsync()
    {
        await _bot.Host.StartAsync();
        _base = new Uri(_bot.Services.GetRequiredService<HttpEndpointsService>().Addresses[0]);
    }

    public async Task DisposeAsync()
    {
        await _bot.Host.StopAsync();
        _http.Dispose();
        _bot.Dispose();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync()
    {
        using var response = await _http.GetAsync(new Uri(_base, "/readyz"));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task Healthz_answers_while_the_process_lives()
    {
        using var response = await _http.GetAsync(new Uri(_base, "/healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_flips_to_ready_when_the_index_loads()
    {
        var before = await ReadyAsync();
        await _bot.Services.GetRequiredService<SearchIndex>().EnsureLoadedAsync();
        var after = await ReadyAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.Status);
        Assert.False(before.Body.GetProperty("index_loaded").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.True(after.Body.GetProperty("ready").GetBoolean());
    }

    [Fact]
    public async Task Readyz_is_not_ready_while_a_configured_adapter_is_disconnected()
    {
        await _bot.Services.GetRequiredService<SearchIndex>().EnsureLoadedAsync();
        var adapters = _bot.Services.GetRequiredService<AdapterStatus>();

        adapters.Report("telegram", connected: false, "connecting");
        var disconnected = await ReadyAsync();
        adapters.Report("telegram", connected: true, "@HistoryBot, polling");
        var connected = await ReadyAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, disconnected.Status);
        Assert.Equal("telegram", disconnected.Body.GetProperty("adapters")[0].GetProperty("name").GetString());
        Assert.False(disconnected.Body.GetProperty("adapters")[0].GetProperty("connected").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, connected.Status);
    }

    [Fact]
    public async Task Readyz_tells_anyone_who_reaches_the_port_what_is_not_ready_but_never_why()
    {
        await _bot.Services.GetRequiredService<SearchIndex>().EnsureLoadedAsync();
        const string detail = "refused: 401 Unauthorized reading /srv/historybot/secrets/telegram.token";
        _bot.Services.GetRequiredService<AdapterStatus>().Report("telegram", connected: false, detail);

        using var response = await _http.GetAsync(new Uri(_base, "/readyz"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("401", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secrets", body, StringComparison.Ordinal);
        Assert.False(JsonDocument.Parse(body).RootElement.GetProperty("adapters")[0].TryGetProperty("detail", out _));
    }

    [Fact]
    public void Shutdown_gives_answers_in_flight_ten_seconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(10), _bot.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }
}
