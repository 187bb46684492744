using System.Collections.Concurrent;
using HistoryBot.Core.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Facts;

/// <summary>
/// Posts each subscription's fact at its local time. Sleeps on the <see cref="TimeProvider"/>
/// until the next post falls due (or <see cref="DailyFactOptions.PollInterval"/>, to see changes
/// other processes made), and wakes early when a subscription changes here. A post missed
/// while the process was down is sent late the same local day; a day gone by is skipped.
/// Of several processes sharing the state, only the holder of the "daily-facts" lease posts;
/// the others wait to take it over when the leader stops or dies.
/// </summary>
public sealed class DailyFactScheduler : BackgroundService
{
    private static readonly TimeSpan MinimumWait = TimeSpan.FromSeconds(1);

    public const string LeaseName = "daily-facts";

    private readonly ISubscriptionStore _subscriptions;
    private readonly ILeaseStore _leases;
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private bool _leader;
    private readonly DailyFactPoster _poster;
    private readonly FactScheduleSignal _signal;
    private readonly DailyFactOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<ChannelKey, string> _warnedZones = new();
    private TaskCompletionSource _idle = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DailyFactScheduler(
        ISubscriptionStore subscriptions,
        ILeaseStore leases,
        DailyFactPoster poster,
        FactScheduleSignal signal,
        IOptions<DailyFactOptions> options,
        TimeProvider time,
        ILogger<DailyFactScheduler>? logger = null)
    {
        _subscriptions = subscriptions;
        _leases = leases;
        _poster = poster;
        _signal = signal;
        _options = options.Value;
        _time = time;
        _logger = logger ?? NullLogger<DailyFactScheduler>.Instance;
    }

    /// <summary>True while this process holds the daily-fact lease and posts.</summary>
    public bool IsLeader => Volatile.Read(ref _leader);

    /// <summary>Completes when the loop next finishes a pass and waits: lets tests move the clock without sleeping.</summary>
    internal Task NextIdle => Volatile.Read(ref _idle).Task;

    /// <summary>Posts every due fact; returns when something next falls due (null: nothing scheduled).</summary>
    public async Task<DateTimeOffset?> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        DateTimeOffset? next = null;
        foreach (var subscription in await _subscriptions.ActiveAsync(cancellationToken))
        {
            if (!_poster.CanPostTo(subscription.Channel.Platform))
                continue;
            try
            {
                if (await RunOneAsync(subscription, now, cancellationToken) is { } wake && (next is null || wake < next))
                    next = wake;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                // One chat's trouble never holds up the others.
                _logger.LogError(ex, "The daily fact for {Channel} failed", subscription.Channel);
            }
        }
        return next;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.SchedulerEnabled)
        {
            _logger.LogInformation("The daily-fact scheduler is off (DailyFacts:SchedulerEnabled); another process posts");
            return;
        }
        // Let the host finish starting before the first pass.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var changed = _signal.Changed;
            DateTimeOffset? next = null;
            try
            {
                if (await TryLeadAsync(stoppingToken))
                    next = await RunDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "The daily-fact pass failed; trying again in {Wait}", _options.PollInterval);
            }

            var wait = next is { } due ? due - _time.GetUtcNow() : _options.PollInterval;
            wait = wait < MinimumWait ? MinimumWait : wait > _options.PollInterval ? _options.PollInterval : wait;
            // The leader renews its lease in time; the others look whether it is still alive.
            var renew = _options.LeaderLease / 3;
            if (wait > renew)
                wait = renew;
            using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var delay = Task.Delay(wait, _time, wake.Token);
            Interlocked.Exchange(ref _idle, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            await Task.WhenAny(delay, changed);
            // Woken by a change: drop the pending timer.
            await wake.CancelAsync();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (!IsLeader)
            return;
        try
        {
            // A clean stop hands over at once instead of after the lease runs out.
            await _leases.ReleaseAsync(LeaseName, _owner, cancellationToken);
            Volatile.Write(ref _leader, false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning("The daily-fact lease was not given back ({Message}); another process takes over when it runs out", ex.Message);
        }
    }

    private async Task<bool> TryLeadAsync(CancellationToken cancellationToken)
    {
        bool leader;
        try
        {
            leader = await _leases.TryAcquireAsync(LeaseName, _owner, _options.LeaderLease, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Without the database nobody can claim a post anyway; stop leading until it is back.
            _logger.LogWarning("The daily-fact lease could not be renewed ({Message})", ex.Message);
            leader = false;
        }
        if (leader != IsLeader)
        {
            if (leader)
                _logger.LogInformation("This process now posts the daily facts (it holds the {Lease} lease)", LeaseName);
            else
                _logger.LogInformation("Another process posts the daily facts now; this one stands by");
            Volatile.Write(ref _leader, leader);
        }
        return leader;
    }

    private async Task<DateTimeOffset?> RunOneAsync(Subscription subscription, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (DailySchedule.For(subscription) is not { } schedule)
        {
            if (_warnedZones.TryAdd(subscription.Channel, subscription.TimeZoneId))
                _logger.LogWarning("The time zone {Zone} of {Channel} is not known here; its daily fact waits until it is set again", subscription.TimeZoneId, subscription.Channel);
            return null;
        }
        var today = schedule.LocalDate(now);
        var due = schedule.DueAt(today);
        var tomorrow = schedule.DueAt(today.AddDays(1));
        if (due > now)
            return due;
        // Set after today's time: it starts tomorrow ("/dailyfact now" posts today's at once).
        if (due < subscription.Since)
            return tomorrow;

        var outcome = await _poster.PostAsync(subscription, today, manual: false, cancellationToken);
        return outcome.RetryAt is { } retry && retry < tomorrow ? retry : tomorrow;
    }
}
