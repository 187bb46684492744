using HistoryBot.Testing;

namespace HistoryBot.Telegram.Tests.Fakes;

/// <summary>
/// The shared <see cref="ManualTimeProvider"/>, plus a record of the timers created on it, so a
/// test can wait until the bot waits (e.g. for the 3 s a 429 asked for) and then move time on.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private readonly ManualTimeProvider _inner = new();
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _timers = [];
    private TaskCompletionSource _created = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    public void Advance(TimeSpan by) => _inner.Advance(by);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            _timers.Add(dueTime);
            var previous = _created;
            _created = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            previous.TrySetResult();
        }
        return _inner.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Waits until a timer of exactly <paramref name="dueTime"/> was created (a delay the bot waits).</summary>
    public async Task WaitForDelayAsync(TimeSpan dueTime, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task created;
            lock (_gate)
            {
                if (_timers.Contains(dueTime))
                {
                    _timers.Remove(dueTime);
                    return;
                }
                created = _created.Task;
            }
            try
            {
                await created.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The bot never waited {dueTime}; delays so far: {string.Join(", ", DelaysSoFar())}");
            }
        }
    }

    private List<TimeSpan> DelaysSoFar()
    {
        lock (_gate)
            return _timers.Distinct().Order().ToList();
    }
}
