namespace HistoryBot.Core.Search;

/// <summary>Asked before any index generation was built or loaded.</summary>
public sealed class IndexNotReadyException(string message) : Exception(message);
