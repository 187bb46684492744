using System.Text.Json.Serialization;

namespace HistoryBot.Hosting.Web;

[JsonSerializable(typeof(ReadinessReport))]
internal sealed partial class HostingJsonContext : JsonSerializerContext;
