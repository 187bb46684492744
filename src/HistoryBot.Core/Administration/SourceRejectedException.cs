namespace HistoryBot.Core.Administration;

/// <summary>A source change that cannot be made; the message says why in words an admin understands.</summary>
public sealed class SourceRejectedException(string message) : Exception(message);
