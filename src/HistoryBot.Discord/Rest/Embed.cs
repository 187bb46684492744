namespace HistoryBot.Discord.Rest;

public sealed record Embed(
    string? Title = null,
    string? Description = null,
    int? Color = null,
    IReadOnlyList<EmbedField>? Fields = null,
    EmbedFooter? Footer = null);
