namespace HistoryBot.Telegram.Api.Requests;

/// <summary>Stops the button's progress indicator; <see cref="Text"/> (0-200 characters) shows as a notice or alert.</summary>
public sealed record AnswerCallbackQueryRequest(string CallbackQueryId, string? Text = null, bool? ShowAlert = null);
