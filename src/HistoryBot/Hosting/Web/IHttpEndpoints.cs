using Microsoft.AspNetCore.Routing;

namespace HistoryBot.Hosting.Web;

/// <summary>Endpoints served on the bot's one web host (health, readiness, the Telegram webhook).</summary>
internal interface IHttpEndpoints
{
    void Map(IEndpointRouteBuilder endpoints);
}
