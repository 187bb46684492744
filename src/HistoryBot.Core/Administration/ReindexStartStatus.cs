namespace HistoryBot.Core.Administration;

public enum ReindexStartStatus
{
    /// <summary>The change (if any) is on disk and the build runs in the background.</summary>
    Started,

    /// <summary>Another build runs; nothing was changed.</summary>
    Busy,

    /// <summary>The source change was refused; nothing was changed.</summary>
    Rejected,
}
