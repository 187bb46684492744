using System.Globalization;
using System.Numerics;
using HistoryBot.Core.Chat;
using Microsoft.Extensions.Options;

namespace HistoryBot.Discord.Adapter;

/// <summary>
/// Works out a user's role on our side, never trusting which commands Discord shows: the
/// configured admins are the bot's admins (reindex and sources are global, so a server's own
/// administrators are not); Administrator, Manage Server or Manage Messages in the channel,
/// as the interaction's member permissions say, make a moderator of that server.
/// </summary>
internal sealed class DiscordRoles(IOptions<DiscordOptions> options)
{
    private readonly IReadOnlySet<Snowflake> _admins = options.Value.AdminIds();

    /// <param name="permissions">The member's permission bit set (a decimal string); null outside a server.</param>
    public ChatRole Resolve(Snowflake user, string? permissions)
    {
        if (_admins.Contains(user))
            return ChatRole.Admin;
        // Permission sets may outgrow 64 bits, hence BigInteger.
        if (permissions is null || !BigInteger.TryParse(permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits))
            return ChatRole.Member;
        const ulong moderation = DiscordPermissions.Administrator | DiscordPermissions.ManageGuild | DiscordPermissions.ManageMessages;
        return (bits & moderation) != BigInteger.Zero ? ChatRole.Moderator : ChatRole.Member;
    }
}
