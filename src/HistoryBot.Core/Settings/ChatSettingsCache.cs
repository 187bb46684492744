using System.Collections.Concurrent;
using HistoryBot.Core.Chat;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Core.Settings;

/// <summary>
/// Reads chat settings for every incoming message without a database round trip each time: a
/// chat's settings (or their absence) are kept for <see cref="Lifetime"/>. A change made here
/// applies at once in this process; other replicas sharing the database see it within
/// <see cref="Lifetime"/>. When the database cannot be read, the last known settings (else the
/// defaults) are used and the failure is logged, so a message is never lost over it.
/// </summary>
public sealed class ChatSettingsCache(IChatSettingsStore store, TimeProvider time, ILogger<ChatSettingsCache> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>Chats remembered at most; beyond it expired entries go, then all (they are re-read).</summary>
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<(Platform, string), Entry> _entries = new();

    public async ValueTask<ChatSettings> GetAsync(Platform platform, ChatId chat, CancellationToken cancellationToken = default)
    {
        var key = (platform, chat.Value);
        var now = time.GetUtcNow();
        var known = _entries.TryGetValue(key, out var entry);
        if (known && entry!.Until > now)
            return entry.Settings;
        try
        {
            var settings = await store.GetAsync(platform, chat, cancellationToken) ?? ChatSettings.Default;
            Put(key, settings, now);
            return settings;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Reading the settings of {Platform} chat {Chat} failed; using the last known ones", platform, chat.Value);
            return known ? entry!.Settings : ChatSettings.Default;
        }
    }

    /// <summary>Stores the settings and uses them in this process at once.</summary>
    public async Task SaveAsync(Platform platform, ChatId chat, ChatSettings settings, CancellationToken cancellationToken = default)
    {
        await store.SaveAsync(platform, chat, settings, cancellationToken);
        Put((platform, chat.Value), settings, time.GetUtcNow());
    }

    private void Put((Platform, string) key, ChatSettings settings, DateTimeOffset now)
    {
        if (_entries.Count >= MaxEntries)
        {
            foreach (var (old, value) in _entries)
            {
                if (value.Until <= now)
                    _entries.TryRemove(old, out _);
            }
            if (_entries.Count >= MaxEntries)
                _entries.Clear();
        }
        _entries[key] = new Entry(settings, now + Lifetime);
    }

    private sealed record Entry(ChatSettings Settings, DateTimeOffset Until);
}
