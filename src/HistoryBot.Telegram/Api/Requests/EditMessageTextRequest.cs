using HistoryBot.Telegram.Api.Types;

namespace HistoryBot.Telegram.Api.Requests;

/// <summary>editMessageText; without <see cref="ReplyMarkup"/> the message loses its buttons.</summary>
public sealed record EditMessageTextRequest(
    long ChatId,
    int MessageId,
    string Text,
    string? ParseMode = null,
    LinkPreviewOptions? LinkPreviewOptions = null,
    InlineKeyboardMarkup? ReplyMarkup = null);
