namespace HistoryBot.Core.Administration;

/// <summary>
/// The immediate answer to a reindex request (the build itself runs on as a
/// <see cref="BackgroundReindex"/>): <see cref="Run"/> is the started run, or for
/// <see cref="ReindexRequestVerdict.Busy"/> the running one (null when a build not started from
/// chat runs); <see cref="Reason"/> explains a refusal.
/// </summary>
public sealed record ReindexRequestAnswer(ReindexRequestVerdict Status, BackgroundReindex? Run, string? Reason = null);
