namespace HistoryBot.Discord.Rest;

/// <summary>
/// A message to create or edit. Null fields are left out of the JSON, so one record serves
/// every endpoint; <see cref="MessageReference"/>, <see cref="Nonce"/> and
/// <see cref="EnforceNonce"/> are only for creating channel messages.
/// </summary>
public sealed record MessagePayload
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<ActionRow>? Components { get; init; }

    public int? Flags { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }

    public MessageReference? MessageReference { get; init; }

    /// <summary>With <see cref="EnforceNonce"/>, Discord drops a second message with the same nonce sent within minutes.</summary>
    public string? Nonce { get; init; }

    public bool? EnforceNonce { get; init; }
}
