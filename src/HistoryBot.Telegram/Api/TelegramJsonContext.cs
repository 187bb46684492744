using System.Text.Json;
using System.Text.Json.Serialization;
using HistoryBot.Telegram.Api.Requests;
using HistoryBot.Telegram.Api.Types;

namespace HistoryBot.Telegram.Api;

/// <summary>Source-generated JSON for every Bot API payload: snake_case names, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Update))]
[JsonSerializable(typeof(TelegramResponse<User>))]
[JsonSerializable(typeof(TelegramResponse<IReadOnlyList<Update>>))]
[JsonSerializable(typeof(TelegramResponse<Message>))]
[JsonSerializable(typeof(TelegramResponse<bool>))]
[JsonSerializable(typeof(TelegramResponse<ChatMember>))]
[JsonSerializable(typeof(TelegramResponse<TelegramFile>))]
[JsonSerializable(typeof(TelegramResponse<JsonElement>))]
[JsonSerializable(typeof(EmptyRequest))]
[JsonSerializable(typeof(GetUpdatesRequest))]
[JsonSerializable(typeof(SetWebhookRequest))]
[JsonSerializable(typeof(DeleteWebhookRequest))]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(EditMessageTextRequest))]
[JsonSerializable(typeof(AnswerCallbackQueryRequest))]
[JsonSerializable(typeof(SetMyCommandsRequest))]
[JsonSerializable(typeof(GetChatMemberRequest))]
[JsonSerializable(typeof(SendChatActionRequest))]
[JsonSerializable(typeof(GetFileRequest))]
public sealed partial class TelegramJsonContext : JsonSerializerContext;
