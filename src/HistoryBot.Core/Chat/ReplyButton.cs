namespace HistoryBot.Core.Chat;

/// <summary>
/// A button under a reply. <see cref="Data"/> comes back as a <see cref="ChatAction"/> when
/// pressed; it is at most <see cref="MaxDataBytes"/> UTF-8 bytes (Telegram's limit) and
/// carries all it needs, so buttons keep working after a restart.
/// </summary>
public sealed record ReplyButton(string Label, string Data)
{
    public const int MaxDataBytes = 64;
}
