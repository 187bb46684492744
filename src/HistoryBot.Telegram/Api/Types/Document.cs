namespace HistoryBot.Telegram.Api.Types;

public sealed record Document(string FileId, string FileUniqueId, string? FileName = null, string? MimeType = null, long? FileSize = null);
