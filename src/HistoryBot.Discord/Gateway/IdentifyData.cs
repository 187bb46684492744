namespace HistoryBot.Discord.Gateway;

/// <summary>Op 2. Carries the token: never logged.</summary>
internal sealed record IdentifyData(string Token, IdentifyProperties Properties, int Intents, IReadOnlyList<int> Shard);
