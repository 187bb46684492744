using HistoryBot.Telegram.Api.Types;

namespace HistoryBot.Telegram.Api.Requests;

public sealed record SetMyCommandsRequest(IReadOnlyList<BotCommand> Commands, BotCommandScope? Scope = null, string? LanguageCode = null);
