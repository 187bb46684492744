namespace HistoryBot.Discord.Adapter;

/// <summary>The permission bits that make a member a moderator, and the sets commands ask for.</summary>
internal static class DiscordPermissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageGuild = 1UL << 5;
    public const ulong ManageMessages = 1UL << 13;

    /// <summary>default_member_permissions for moderator commands.</summary>
    public const string ModeratorCommands = "8192";

    /// <summary>default_member_permissions "0": hidden from everyone but server administrators.</summary>
    public const string AdminCommands = "0";
}
