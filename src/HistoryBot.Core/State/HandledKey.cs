using HistoryBot.Core.Chat;

namespace HistoryBot.Core.State;

/// <summary>An update or event of one platform: a Discord interaction or message id, a Telegram "bot:update" id.</summary>
public readonly record struct HandledKey(Platform Platform, string Id)
{
    public override string ToString() => $"{Platform.ToString().ToLowerInvariant()}:{Id}";
}
