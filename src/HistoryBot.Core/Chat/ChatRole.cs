namespace HistoryBot.Core.Chat;

/// <summary>What a user may do. Ordered: each role may do what the ones before it may.</summary>
public enum ChatRole
{
    /// <summary>Anyone: ask, facts, sources, help.</summary>
    Member = 0,

    /// <summary>A chat's administrators: the daily fact of that chat.</summary>
    Moderator = 1,

    /// <summary>The bot's configured admins: sources and reindex, for every chat.</summary>
    Admin = 2,
}
