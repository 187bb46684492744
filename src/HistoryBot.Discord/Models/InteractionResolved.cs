namespace HistoryBot.Discord.Models;

/// <summary>Objects an interaction's options refer to by id; we only use attachments.</summary>
public sealed record InteractionResolved(IReadOnlyDictionary<string, DiscordAttachment>? Attachments = null);
