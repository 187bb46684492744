namespace HistoryBot.Core.Chat;

/// <summary>A file sent with a message (a document to add as a source); opened only when needed.</summary>
public sealed record ChatAttachment(string FileName, long? Size, Func<CancellationToken, Task<Stream>> OpenAsync);
