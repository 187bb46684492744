namespace HistoryBot.Core.Administration;

/// <summary>
/// A change to the sources folder that a reindex follows: applied before the build, reverted
/// when the build fails (so a failed change loses nothing), committed when the new index serves.
/// </summary>
public sealed class SourceChange(string action, string summary, Action apply, Action revert, Action? commit = null)
{
    /// <summary>For the audit log, e.g. "addsource notes.md".</summary>
    public string Action { get; } = action;

    /// <summary>What was done, for the admin, e.g. "Added notes.md (id notes, English, 4 paragraphs)."</summary>
    public string Summary { get; } = summary;

    internal void Apply() => apply();

    internal void Revert() => revert();

    internal void Commit() => commit?.Invoke();
}
