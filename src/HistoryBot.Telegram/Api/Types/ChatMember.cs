using System.Text.Json.Serialization;

namespace HistoryBot.Telegram.Api.Types;

/// <summary>A chat member; <see cref="Status"/> is creator, administrator, member, restricted, left or kicked.</summary>
public sealed record ChatMember(string Status, User User)
{
    [JsonIgnore]
    public bool IsAdministrator => Status is "creator" or "administrator";

    /// <summary>The bot can no longer post there (removed, left, banned).</summary>
    [JsonIgnore]
    public bool HasLeft => Status is "left" or "kicked";
}
