using System.Text.Json.Serialization;

namespace HistoryBot.Core.Administration;

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(TrashRecord))]
internal sealed partial class AdministrationJsonContext : JsonSerializerContext;
