namespace HistoryBot.Telegram.Api.Requests;

public sealed record DeleteWebhookRequest(bool? DropPendingUpdates = null);
