namespace HistoryBot.Discord.Rest;

/// <summary>Which mentions in the text may ping; we echo user text, so none may.</summary>
public sealed record AllowedMentions(IReadOnlyList<string> Parse, bool? RepliedUser = null)
{
    public static AllowedMentions None { get; } = new([]);
}
