namespace HistoryBot.Core.Administration;

/// <summary>Whether a reindex request was taken up at once; how the build then ends is a <see cref="ReindexResult"/>.</summary>
public enum ReindexRequestVerdict
{
    /// <summary>The change (if any) is on disk and the build runs in the background.</summary>
    Started,

    /// <summary>Another build runs; nothing was changed.</summary>
    Busy,

    /// <summary>The source change was refused; nothing was changed.</summary>
    Rejected,
}
