namespace HistoryBot.Core.Administration;

/// <summary>A document an admin sent to add: its name as sent, its bytes, and the optional metadata.</summary>
public sealed record SourceUpload(string FileName, byte[] Bytes, string? Title = null, string? Language = null);
