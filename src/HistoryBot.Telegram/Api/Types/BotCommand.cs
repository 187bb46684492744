namespace HistoryBot.Telegram.Api.Types;

/// <summary>A command menu entry: 1-32 characters a-z, 0-9 and '_'; description 1-256 characters.</summary>
public sealed record BotCommand(string Command, string Description);
