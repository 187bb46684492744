using HistoryBot.Core.Chat;

namespace HistoryBot.Core.Facts;

/// <summary>A chat or channel on one platform: the key of a daily-fact subscription.</summary>
public readonly record struct ChannelKey(Platform Platform, ChatId ChatId)
{
    public override string ToString() => $"{Platform.ToString().ToLowerInvariant()}:{ChatId.Value}";
}
