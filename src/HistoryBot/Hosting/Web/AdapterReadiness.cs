using System.Text.Json.Serialization;

namespace HistoryBot.Hosting.Web;

/// <summary>
/// One adapter in /readyz. Deliberately without the adapter's detail text: anyone who can reach
/// the port reads this, and a detail may name paths or platform errors. Admins see the detail
/// in /status and operators in the log.
/// </summary>
internal sealed record AdapterReadiness(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("connected")] bool Connected);
