using System.Text.Json.Serialization;

namespace HistoryBot.Telegram.Api.Types;

/// <summary>
/// A message, or an inaccessible one (a callback's message too old to see: <see cref="Date"/> is 0
/// and only chat and id are known).
/// </summary>
public sealed record Message(
    int MessageId,
    long Date,
    Chat Chat,
    User? From = null,
    Chat? SenderChat = null,
    int? MessageThreadId = null,
    bool? IsTopicMessage = null,
    Message? ReplyToMessage = null,
    string? Text = null,
    IReadOnlyList<MessageEntity>? Entities = null,
    string? Caption = null,
    IReadOnlyList<MessageEntity>? CaptionEntities = null,
    Document? Document = null,
    System.Text.Json.JsonElement? ForwardOrigin = null)
{
    [JsonIgnore]
    public bool IsAccessible => Date != 0;
}
