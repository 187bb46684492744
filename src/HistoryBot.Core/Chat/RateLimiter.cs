using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Chat;

/// <summary>A sliding one-minute window of questions per user, on the injected clock.</summary>
public sealed class RateLimiter(IOptions<ChatOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<(Platform, UserId), Queue<DateTimeOffset>> _recent = new();

    /// <summary>
    /// Counts a question (or a search a button runs); false, with the wait, when the user is over
    /// the limit. The terminal's one user is the machine's owner and the bot's admin: never limited.
    /// </summary>
    public bool TryAcquire(Platform platform, UserId user, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (platform == Platform.Console)
            return true;
        var now = time.GetUtcNow();
        var queue = _recent.GetOrAdd((platform, user), _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() >= Window)
                queue.Dequeue();
            if (queue.Count >= options.Value.QuestionsPerMinute)
            {
                retryAfter = queue.Peek() + Window - now;
                return false;
            }
            queue.Enqueue(now);
            return true;
        }
    }

    /// <summary>The private notice for a user over the limit.</summary>
    public static Reply Notice(TimeSpan retryAfter) => new()
    {
        Kind = ReplyKind.RateLimited,
        Body = RichText.Plain(BotTexts.RateLimited((int)Math.Ceiling(retryAfter.TotalSeconds))),
        Private = true,
    };

    /// <summary>Forgets members whose last question is older than <paramref name="before"/> (and than the window).</summary>
    public int Prune(DateTimeOffset before)
    {
        var removed = 0;
        var limit = time.GetUtcNow() - Window;
        if (before > limit)
            before = limit;
        foreach (var (key, queue) in _recent)
        {
            bool idle;
            lock (queue)
                idle = queue.Count == 0 || queue.Last() < before;
            // Removed only if it is still the same queue; a question arriving meanwhile starts a fresh one.
            if (idle && _recent.TryRemove(new KeyValuePair<(Platform, UserId), Queue<DateTimeOffset>>(key, queue)))
                removed++;
        }
        return removed;
    }

    /// <summary>Members with rate-limit state in memory.</summary>
    public int Tracked => _recent.Count;
}
