namespace HistoryBot.Discord.Rest;

/// <summary>The body of an interaction callback that opens a modal (type 9).</summary>
public sealed record ModalResponse(ModalPayload Data)
{
    public int Type => (int)InteractionCallbackType.Modal;
}
