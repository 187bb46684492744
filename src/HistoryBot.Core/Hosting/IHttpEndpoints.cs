using Microsoft.AspNetCore.Routing;

namespace HistoryBot.Core.Hosting;

/// <summary>Endpoints served on the bot's one web host (health, readiness, the Telegram webhook).</summary>
public interface IHttpEndpoints
{
    void Map(IEndpointRouteBuilder endpoints);
}
