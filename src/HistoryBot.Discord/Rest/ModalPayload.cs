namespace HistoryBot.Discord.Rest;

/// <summary>A modal: its custom_id comes back with the submission; title at most 45 characters.</summary>
public sealed record ModalPayload(string CustomId, string Title, IReadOnlyList<LabelComponent> Components);
