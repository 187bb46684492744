using HistoryBot.Core.Search;

namespace HistoryBot.Core.Administration;

/// <summary>
/// How a reindex ended. On success, <see cref="Report"/> describes the generation now serving.
/// On failure, <see cref="Failure"/> says why, <see cref="ServingGeneration"/> is the generation
/// that kept serving, and <see cref="ChangeReverted"/> whether the source change was undone.
/// </summary>
public sealed record ReindexResult(
    IndexBuildReport? Report,
    string? Failure,
    long? ServingGeneration,
    TimeSpan Elapsed,
    bool ChangeReverted = false,
    string? RevertFailure = null)
{
    public bool Succeeded => Report is not null;
}
