using System.Text.Json.Serialization;

namespace HistoryBot.Core.Corpus;

[JsonSourceGenerationOptions(WriteIndented = true, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(SourceCatalogFile))]
internal sealed partial class CorpusJsonContext : JsonSerializerContext;
