namespace HistoryBot.Telegram.Api.Types;

/// <summary>A pressed inline button; <see cref="Data"/> is the button's callback_data.</summary>
public sealed record CallbackQuery(
    string Id,
    User From,
    string ChatInstance,
    Message? Message = null,
    string? InlineMessageId = null,
    string? Data = null);
