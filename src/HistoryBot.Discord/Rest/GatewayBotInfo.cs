namespace HistoryBot.Discord.Rest;

/// <summary>GET /gateway/bot: where to connect, how many shards Discord recommends, and the identify budget.</summary>
public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);
