using System.Text.Json.Serialization;

namespace HistoryBot.Core.Hosting;

[JsonSerializable(typeof(ReadinessReport))]
internal sealed partial class HostingJsonContext : JsonSerializerContext;
