namespace HistoryBot.Discord.Gateway;

internal sealed record ReadyApplication(Snowflake Id);
