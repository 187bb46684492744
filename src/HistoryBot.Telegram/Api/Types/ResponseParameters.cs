namespace HistoryBot.Telegram.Api.Types;

/// <summary>Why a request failed and what to do: wait <see cref="RetryAfter"/> seconds, or use the new chat id.</summary>
public sealed record ResponseParameters(long? MigrateToChatId = null, int? RetryAfter = null);
