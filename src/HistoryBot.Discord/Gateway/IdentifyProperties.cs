namespace HistoryBot.Discord.Gateway;

internal sealed record IdentifyProperties(string Os, string Browser, string Device);
