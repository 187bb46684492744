using System.Collections.Concurrent;
using HistoryBot.Core.Chat;
using HistoryBot.Telegram.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace HistoryBot.Telegram.Adapter;

/// <summary>
/// The sender's role: the configured admins are Admin everywhere; a group's creator and
/// administrators are Moderators there (GetChatMember, remembered for a few minutes so a busy
/// group does not cost a call per message); everyone else is a Member.
/// </summary>
internal sealed class TelegramRoles(ITelegramBotClient telegram, IOptions<TelegramOptions> options, TimeProvider time, ILogger<TelegramRoles> logger)
{
    /// <summary>A failed lookup is retried sooner than a successful one expires.</summary>
    private static readonly TimeSpan FailureCacheDuration = TimeSpan.FromSeconds(30);

    private const int PruneThreshold = 10_000;

    private readonly HashSet<long> _admins = [.. options.Value.AdminUserIds];
    private readonly ConcurrentDictionary<(long Chat, long User), (ChatRole Role, DateTimeOffset Expires)> _cache = new();

    public async Task<ChatRole> ResolveAsync(Chat chat, User user, Chat? senderChat = null, CancellationToken cancellationToken = default)
    {
        if (_admins.Contains(user.Id))
            return ChatRole.Admin;
        if (!TelegramAddressing.IsGroup(chat))
            return ChatRole.Member;
        // Only a group's administrators can post anonymously as the group itself.
        if (senderChat?.Id == chat.Id)
            return ChatRole.Moderator;

        var now = time.GetUtcNow();
        if (_cache.TryGetValue((chat.Id, user.Id), out var cached) && cached.Expires > now)
            return cached.Role;

        ChatRole role;
        TimeSpan lifetime;
        try
        {
            var member = await telegram.GetChatMember(chat.Id, user.Id, cancellationToken);
            role = member.IsAdmin ? ChatRole.Moderator : ChatRole.Member;
            lifetime = options.Value.ChatMemberCacheDuration;
        }
        catch (RequestException ex)
        {
            // Without an answer nobody gains rights: treat the user as a member for a short while.
            logger.LogWarning("Could not look up user {UserId} in Telegram chat {ChatId} ({ErrorCode}: {Description}); treating them as a member",
                user.Id, chat.Id, ex.Code, ex.Message);
            role = ChatRole.Member;
            lifetime = FailureCacheDuration;
        }
        if (_cache.Count > PruneThreshold)
            Prune(now);
        _cache[(chat.Id, user.Id)] = (role, now + lifetime);
        return role;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, value) in _cache)
        {
            if (value.Expires <= now)
                _cache.TryRemove(key, out _);
        }
    }
}
