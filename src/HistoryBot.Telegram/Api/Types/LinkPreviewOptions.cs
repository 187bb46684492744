namespace HistoryBot.Telegram.Api.Types;

public sealed record LinkPreviewOptions(bool? IsDisabled = null)
{
    /// <summary>Answers quote sources; a preview card of some link in them would only distract.</summary>
    public static LinkPreviewOptions Disabled { get; } = new(IsDisabled: true);
}
