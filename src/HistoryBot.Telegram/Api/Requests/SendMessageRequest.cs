using HistoryBot.Telegram.Api.Types;

namespace HistoryBot.Telegram.Api.Requests;

public sealed record SendMessageRequest(
    long ChatId,
    string Text,
    string? ParseMode = null,
    int? MessageThreadId = null,
    LinkPreviewOptions? LinkPreviewOptions = null,
    ReplyParameters? ReplyParameters = null,
    InlineKeyboardMarkup? ReplyMarkup = null);
