using System.Text.Json;
using HistoryBot.Core.Chat;
using HistoryBot.Core.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HistoryBot.Hosting.Web;

/// <summary>
/// /healthz: the process is alive. /readyz: the index is loaded and every configured adapter
/// is connected (503 otherwise, naming what is not ready but not why: the reasons go to the log
/// and to admins in /status).
/// </summary>
internal sealed class HealthEndpoints(SearchIndex index, AdapterStatus adapters) : IHttpEndpoints
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", () =>
        {
            var connections = adapters.Snapshot();
            var ready = index.IsLoaded && connections.All(connection => connection.Connected);
            var body = JsonSerializer.Serialize(new ReadinessReport(
                ready,
                index.IsLoaded,
                connections.Select(c => new AdapterReadiness(c.Name, c.Connected)).ToList()), HostingJsonContext.Default.ReadinessReport);
            return Results.Text(body, "application/json", statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
    }
}
