using System.Collections.Concurrent;
using HistoryBot.Core.Chat;
using HistoryBot.Telegram.Api;
using HistoryBot.Telegram.Api.Requests;
using HistoryBot.Telegram.Api.Types;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HistoryBot.Telegram.Adapter;

/// <summary>
/// The sender's role: the configured admins are Admin everywhere; a group's creator and
/// administrators are Moderators there (getChatMember, remembered for a few minutes so a busy
/// group does not cost a call per message); everyone else is a Member.
/// </summary>
internal sealed class TelegramRoles(ITelegramApi api, IOptions<TelegramOptions> options, TimeProvider time, ILogger<TelegramRoles> logger)
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
        if (!chat.IsGroup)
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
            var member = await api.GetChatMemberAsync(new GetChatMemberRequest(chat.Id, user.Id), cancellationToken);
            role = member.IsAdministrator ? ChatRole.Moderator : ChatRole.Member;
            lifetime = options.Value.ChatMemberCacheDuration;
        }
        catch (TelegramApiException ex)
        {
            // Without an answer nobody gains rights: treat the user as a member for a short while.
            logger.LogWarning("Could not look up user {UserId} in Telegram chat {ChatId} ({ErrorCode}: {Description}); treating them as a member",
                user.Id, chat.Id, ex.ErrorCode, ex.Description);
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
