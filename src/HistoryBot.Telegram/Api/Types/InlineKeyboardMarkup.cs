namespace HistoryBot.Telegram.Api.Types;

/// <summary>Buttons under a message, in rows.</summary>
public sealed record InlineKeyboardMarkup(IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard);
