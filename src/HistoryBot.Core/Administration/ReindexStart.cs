namespace HistoryBot.Core.Administration;

/// <summary>
/// The answer to a reindex request: <see cref="Run"/> is the started run, or for
/// <see cref="ReindexStartStatus.Busy"/> the running one (null when a build not started from
/// chat runs); <see cref="Reason"/> explains a refusal.
/// </summary>
public sealed record ReindexStart(ReindexStartStatus Status, ReindexRun? Run, string? Reason = null);
