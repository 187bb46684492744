using System.Text.Json.Serialization;

namespace HistoryBot.Core.Answers.Judging;

[JsonSerializable(typeof(AnswerModel))]
internal sealed partial class AnswerModelJsonContext : JsonSerializerContext;
