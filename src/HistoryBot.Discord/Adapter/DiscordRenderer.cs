using HistoryBot.Core.Chat;
using HistoryBot.Discord.Rest;

namespace HistoryBot.Discord.Adapter;

/// <summary>
/// A reply as a Discord message: one embed (title = source, description = the answer with
/// matched words in bold, a context field, footer = citation) and rows of buttons, all inside
/// Discord's size limits.
/// </summary>
internal static class DiscordRenderer
{
    public const int MaxTitle = 256;
    public const int MaxDescription = 4096;
    public const int MaxFieldName = 256;
    public const int MaxFieldValue = 1024;
    public const int MaxFooter = 2048;
    public const int MaxEmbedTotal = 6000;
    public const int MaxButtonLabel = 80;
    public const int MaxCustomId = 100;
    public const int ButtonsPerRow = 5;
    public const int MaxRows = 5;
    public const string ContextFieldName = "Context";

    /// <summary>The message for a reply; <paramref name="ephemeral"/> only for interaction responses.</summary>
    public static MessagePayload Render(Reply reply, bool ephemeral = false) => new()
    {
        Embeds = [RenderEmbed(reply)],
        Components = RenderButtons(reply.Buttons),
        AllowedMentions = AllowedMentions.None,
        Flags = ephemeral ? MessageFlags.Ephemeral : null,
    };

    public static Embed RenderEmbed(Reply reply)
    {
        var title = reply.Title is { Length: > 0 } heading ? DiscordMarkdown.Truncate(heading, MaxTitle) : null;
        var footer = reply.Footer is { Length: > 0 } citation ? DiscordMarkdown.Truncate(citation, MaxFooter) : null;
        var fixedLength = (title?.Length ?? 0) + (footer?.Length ?? 0);

        var context = reply.Context is { } paragraph && paragraph.Length > 0
            ? DiscordMarkdown.Render(paragraph, MaxFieldValue)
            : null;
        var contextLength = context is null ? 0 : ContextFieldName.Length + context.Length;
        // An embed holds 6,000 characters in all: the answer itself comes first, the context gives way.
        var descriptionRoom = Math.Min(MaxDescription, MaxEmbedTotal - fixedLength);
        var description = DiscordMarkdown.Render(reply.Body, descriptionRoom);
        var contextRoom = MaxEmbedTotal - fixedLength - description.Length - ContextFieldName.Length;
        if (context is not null && contextLength > MaxEmbedTotal - fixedLength - description.Length)
            context = contextRoom > 16 ? DiscordMarkdown.Render(reply.Context!, contextRoom) : null;

        if (description.Length == 0 && title is null)
            description = "…";
        return new Embed(
            Title: title,
            Description: description.Length == 0 ? null : description,
            Color: ColorOf(reply.Kind),
            Fields: context is null ? null : [new EmbedField(ContextFieldName, context)],
            Footer: footer is null ? null : new EmbedFooter(footer));
    }

    /// <summary>Buttons in rows of five; data that Discord could not carry as custom_id is left out.</summary>
    public static IReadOnlyList<ActionRow> RenderButtons(IReadOnlyList<ReplyButton> buttons)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var usable = buttons
            .Where(button => button.Data.Length is > 0 and <= MaxCustomId && seen.Add(button.Data))
            .Take(ButtonsPerRow * MaxRows)
            .Select((button, index) => new ButtonComponent(
                index == 0 ? ButtonStyle.Primary : ButtonStyle.Secondary,
                button.Label.Length == 0 ? "…" : DiscordMarkdown.Truncate(button.Label, MaxButtonLabel),
                button.Data))
            .ToList();
        return usable.Chunk(ButtonsPerRow).Select(row => new ActionRow(row)).ToList();
    }

    public static int TotalLength(Embed embed) =>
        (embed.Title?.Length ?? 0) + (embed.Description?.Length ?? 0) + (embed.Footer?.Text.Length ?? 0)
        + (embed.Fields?.Sum(field => field.Name.Length + field.Value.Length) ?? 0);

    private static int ColorOf(ReplyKind kind) => kind switch
    {
        ReplyKind.Answer => 0x3B82F6,
        ReplyKind.NotFound => 0x9CA3AF,
        ReplyKind.Error => 0xED4245,
        ReplyKind.Refusal or ReplyKind.RateLimited => 0xF59E0B,
        _ => 0x5865F2,
    };
}
