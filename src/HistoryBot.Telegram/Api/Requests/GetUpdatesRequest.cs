namespace HistoryBot.Telegram.Api.Requests;

/// <summary>getUpdates: updates from <see cref="Offset"/> on; a higher offset confirms the ones before it.</summary>
public sealed record GetUpdatesRequest(long? Offset = null, int? Limit = null, int? Timeout = null, IReadOnlyList<string>? AllowedUpdates = null);
