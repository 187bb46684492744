namespace HistoryBot.Telegram.Api.Types;

/// <summary>A file ready to download from <c>/file/bot&lt;token&gt;/&lt;FilePath&gt;</c> (Bot API type "File").</summary>
public sealed record TelegramFile(string FileId, string FileUniqueId, long? FileSize = null, string? FilePath = null);
