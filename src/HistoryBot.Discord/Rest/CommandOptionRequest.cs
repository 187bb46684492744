namespace HistoryBot.Discord.Rest;

public sealed record CommandOptionRequest(
    CommandOptionType Type,
    string Name,
    string Description,
    bool? Required = null,
    int? MaxLength = null);
