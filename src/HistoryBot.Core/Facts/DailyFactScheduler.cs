using System.Collections.Concurrent;
using HistoryBot.Core.State;
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
public sealed class DailyFactScheduler : LeasedScheduler
{
    public const string Name = "daily-facts";

    private readonly ISubscriptionStore _subscriptions;
    private readonly DailyFactPoster _poster;
    private readonly DailyFactOptions _options;
    private readonly ConcurrentDictionary<ChannelKey, string> _warnedZones = new();

    public DailyFactScheduler(
        ISubscriptionStore subscriptions,
        ILeaseStore leases,
        DailyFactPoster poster,
        FactScheduleSignal signal,
        IOptions<DailyFactOptions> options,
        TimeProvider time,
        ILogger<DailyFactScheduler>? logger = null)
        : base(leases, signal, time, logger ?? NullLogger<DailyFactScheduler>.Instance)
    {
        _subscriptions = subscriptions;
        _poster = poster;
        _options = options.Value;
    }

    protected override string LeaseName => Name;
    protected override string Work => "the daily facts";
    protected override TimeSpan Lease => _options.LeaderLease;
    protected override TimeSpan PollInterval => _options.PollInterval;
    protected override bool Enabled => _options.SchedulerEnabled;
    protected override string DisabledReason => "DailyFacts:SchedulerEnabled is false; another process posts";

    /// <summary>Posts every due fact; returns when something next falls due (null: nothing scheduled).</summary>
    public override async Task<DateTimeOffset?> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
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
                Logger.LogError(ex, "The daily fact for {Channel} failed", subscription.Channel);
            }
        }
        return next;
    }

    private async Task<DateTimeOffset?> RunOneAsync(Subscription subscription, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (DailySchedule.For(subscription) is not { } schedule)
        {
            if (_warnedZones.TryAdd(subscription.Channel, subscription.TimeZoneId))
                Logger.LogWarning("The time zone {Zone} of {Channel} is not known here; its daily fact waits until it is set again", subscription.TimeZoneId, subscription.Channel);
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
