namespace HistoryBot.Telegram.Rendering;

/// <summary>One message's text: HTML for parse_mode HTML, and the same words plain for when Telegram rejects the HTML.</summary>
public sealed record TelegramText(string Html, string Plain);
