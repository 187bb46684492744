namespace HistoryBot.Telegram.Api.Requests;

public sealed record SetWebhookRequest(string Url, string? SecretToken = null, IReadOnlyList<string>? AllowedUpdates = null, bool? DropPendingUpdates = null);
