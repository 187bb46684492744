namespace HistoryBot.Telegram.Api.Types;

/// <summary>A button that sends <see cref="CallbackData"/> (1-64 bytes) back to the bot when pressed.</summary>
public sealed record InlineKeyboardButton(string Text, string? CallbackData = null);
