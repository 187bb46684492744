using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Chat;

/// <summary>A sliding one-minute window of questions per user, on the injected clock.</summary>
public sealed class RateLimiter(IOptions<ChatOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<(Platform, UserId), Queue<DateTimeOffset>> _recent = new();

    /// <summary>Counts a question; false, with the wait, when the user is over the limit.</summary>
    public bool TryAcquire(Platform platform, UserId user, out TimeSpan retryAfter)
    {
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
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }
}
