namespace HistoryBot.Telegram.Api.Requests;

/// <summary>The body of a method without parameters (getMe): "{}".</summary>
public sealed record EmptyRequest;
