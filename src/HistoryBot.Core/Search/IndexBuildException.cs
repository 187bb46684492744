namespace HistoryBot.Core.Search;

/// <summary>A build that failed or did not validate; the previous generation keeps serving.</summary>
public sealed class IndexBuildException(string message, Exception? innerException = null) : Exception(message, innerException);
