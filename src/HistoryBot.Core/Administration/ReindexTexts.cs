namespace HistoryBot.Core.Administration;

/// <summary>
/// How a reindexing command names its replies: the heading while it runs, on success and on
/// failure; <see cref="Lead"/> says what changed in the sources; <see cref="UndoneNote"/> what
/// was put back when the build failed.
/// </summary>
public sealed record ReindexTexts(string Title, string DoneTitle, string FailedTitle, string? Lead = null, string? UndoneNote = null);
