namespace HistoryBot.Discord.Rest;

public sealed record EmbedFooter(string Text);
