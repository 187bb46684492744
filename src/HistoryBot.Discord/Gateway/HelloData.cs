namespace HistoryBot.Discord.Gateway;

internal sealed record HelloData(int HeartbeatInterval);
