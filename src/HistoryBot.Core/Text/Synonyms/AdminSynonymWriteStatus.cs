namespace HistoryBot.Core.Text.Synonyms;

/// <summary>How a change to the admin synonyms ended.</summary>
public enum AdminSynonymWriteStatus
{
    /// <summary>Added, removed or restored.</summary>
    Done,

    /// <summary>The same pair is already in use for that language; nothing changed.</summary>
    Duplicate,

    /// <summary>As many pairs as allowed are in use; nothing changed.</summary>
    Full,

    /// <summary>No such pair (in use, for a removal; in the trash, for a restore); nothing changed.</summary>
    NotFound,
}
