using System.Text.Json.Serialization;

namespace HistoryBot.Telegram.Api.Types;

/// <summary>A chat; <see cref="Type"/> is "private", "group", "supergroup" or "channel".</summary>
public sealed record Chat(long Id, string Type, string? Title = null, string? Username = null, bool? IsForum = null)
{
    public const string PrivateType = "private";

    [JsonIgnore]
    public bool IsPrivate => Type == PrivateType;

    [JsonIgnore]
    public bool IsGroup => Type is "group" or "supergroup";
}
