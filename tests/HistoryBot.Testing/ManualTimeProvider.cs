namespace HistoryBot.Testing;

/// <summary>
/// A clock tests move by hand. Timers (and so Task.Delay(…, timeProvider, …)) fire when
/// <see cref="Advance"/> or <see cref="SetUtcNow"/> passes their due time, in order.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start, TimeZoneInfo? localTimeZone = null) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;

    public ManualTimeProvider()
        : this(new DateTimeOffset(2026, 3, 31, 8, 0, 0, TimeSpan.Zero))
    {
    }

    public override TimeZoneInfo LocalTimeZone { get; } = localTimeZone ?? TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
            return _now;
    }

    public void Advance(TimeSpan by) => SetUtcNow(GetUtcNow() + by);

    public void SetUtcNow(DateTimeOffset value)
    {
        while (true)
        {
            ManualTimer? due;
            lock (_gate)
            {
                due = _timers.Where(timer => timer.DueAt <= value).OrderBy(timer => timer.DueAt).FirstOrDefault();
                if (due is null)
                {
                    _now = value;
                    return;
                }
                if (due.DueAt > _now)
                    _now = due.DueAt;
                if (due.Period is { } period && period > TimeSpan.Zero)
                    due.DueAt += period;
                else
                    _timers.Remove(due);
            }
            due.Fire();
        }
    }

    /// <summary>When the earliest waiting timer fires (null: none is waiting).</summary>
    public DateTimeOffset? NextDueAt
    {
        get
        {
            lock (_gate)
                return _timers.Count == 0 ? null : _timers.Min(timer => timer.DueAt);
        }
    }

    /// <summary>How many timers are waiting (a background loop waiting on a delay shows here).</summary>
    public int PendingTimers
    {
        get
        {
            lock (_gate)
                return _timers.Count;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset DueAt { get; set; }

        public TimeSpan? Period { get; private set; }

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                owner._timers.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan)
                    return true;
                DueAt = owner._now + dueTime;
                Period = period == Timeout.InfiniteTimeSpan ? null : period;
                owner._timers.Add(this);
            }
            return true;
        }

        public void Dispose()
        {
            lock (owner._gate)
                owner._timers.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
