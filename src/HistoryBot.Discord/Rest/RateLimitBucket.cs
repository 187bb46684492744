namespace HistoryBot.Discord.Rest;

/// <summary>
/// One rate-limit bucket. Requests in a bucket go one at a time through <see cref="Gate"/>, so
/// they keep their order and each one sees the limit the previous response reported.
/// </summary>
internal sealed class RateLimitBucket
{
    private readonly Lock _lock = new();
    private int? _remaining;
    private DateTimeOffset _resetAt;
    private DateTimeOffset _lastUsed = DateTimeOffset.MinValue;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>How long to wait before the next request may go, from the last headers seen.</summary>
    public TimeSpan WaitTime(DateTimeOffset now)
    {
        lock (_lock)
        {
            _lastUsed = now;
            if (_remaining is 0 && _resetAt > now)
                return _resetAt - now;
            if (_remaining is 0)
                _remaining = null;
            return TimeSpan.Zero;
        }
    }

    public void Update(int? remaining, DateTimeOffset? resetAt)
    {
        lock (_lock)
        {
            if (remaining is not null)
                _remaining = remaining;
            if (resetAt is not null)
                _resetAt = resetAt.Value;
        }
    }

    public void Exhaust(DateTimeOffset until) => Update(0, until);

    /// <summary>
    /// True when nobody used the bucket since <paramref name="before"/>, its limit has reset and no
    /// request holds it: forgetting it loses nothing (the next request learns the limit again).
    /// </summary>
    public bool IsIdle(DateTimeOffset before, DateTimeOffset now)
    {
        lock (_lock)
            return _lastUsed < before && _resetAt <= now && Gate.CurrentCount == 1;
    }
}
