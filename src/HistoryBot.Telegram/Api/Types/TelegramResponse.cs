namespace HistoryBot.Telegram.Api.Types;

/// <summary>The envelope of every Bot API answer: {ok, result} or {ok:false, error_code, description, parameters}.</summary>
public sealed record TelegramResponse<T>(
    bool Ok,
    T? Result = default,
    int? ErrorCode = null,
    string? Description = null,
    ResponseParameters? Parameters = null);
