using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Core.State;

/// <summary>
/// A background loop that does its work only while this process holds a named lease, so of
/// several processes sharing the state exactly one posts. Each pass renews the lease and, when
/// held, runs <see cref="RunDueAsync"/>; then it sleeps on the <see cref="TimeProvider"/> until
/// the next item falls due, at most <see cref="PollInterval"/> (to see changes other processes
/// made) and a third of <see cref="Lease"/> (so the leader renews in time and the others notice
/// a dead one), and wakes early when its <see cref="ChangeSignal"/> fires. A clean stop gives
/// the lease back so another process takes over at once.
/// </summary>
public abstract class LeasedScheduler(ILeaseStore leases, ChangeSignal signal, TimeProvider time, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan MinimumWait = TimeSpan.FromSeconds(1);

    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private bool _leader;
    private TaskCompletionSource _idle = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The lease's name in the state store ("daily-facts").</summary>
    protected abstract string LeaseName { get; }

    /// <summary>What this loop posts, for logs ("the daily facts").</summary>
    protected abstract string Work { get; }

    /// <summary>How long the lease lasts once taken or renewed.</summary>
    protected abstract TimeSpan Lease { get; }

    /// <summary>The longest sleep between passes.</summary>
    protected abstract TimeSpan PollInterval { get; }

    /// <summary>False: the loop does not run in this process (logged once, with the reason from <see cref="DisabledReason"/>).</summary>
    protected virtual bool Enabled => true;

    protected virtual string DisabledReason => "";

    protected TimeProvider Time => time;

    protected ILogger Logger => logger;

    /// <summary>True while this process holds the lease and posts.</summary>
    public bool IsLeader => Volatile.Read(ref _leader);

    /// <summary>Completes when the loop next finishes a pass and waits: lets tests move the clock without sleeping.</summary>
    internal Task NextIdle => Volatile.Read(ref _idle).Task;

    /// <summary>Does every item that is due; returns when the next one falls due (null: none).</summary>
    public abstract Task<DateTimeOffset?> RunDueAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            logger.LogInformation("{Work}: this process does not post them ({Reason})", Work, DisabledReason);
            return;
        }
        // Let the host finish starting before the first pass.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var changed = signal.Changed;
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
                logger.LogError(ex, "The pass over {Work} failed; trying again in {Wait}", Work, PollInterval);
            }

            var wait = next is { } due ? due - time.GetUtcNow() : PollInterval;
            var longest = PollInterval < Lease / 3 ? PollInterval : Lease / 3;
            wait = wait < MinimumWait ? MinimumWait : wait > longest ? longest : wait;
            using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var delay = Task.Delay(wait, time, wake.Token);
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
            await leases.ReleaseAsync(LeaseName, _owner, cancellationToken);
            Volatile.Write(ref _leader, false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("The {Lease} lease was not given back ({Message}); another process takes over when it runs out", LeaseName, ex.Message);
        }
    }

    private async Task<bool> TryLeadAsync(CancellationToken cancellationToken)
    {
        bool leader;
        try
        {
            leader = await leases.TryAcquireAsync(LeaseName, _owner, Lease, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Without the database nobody can claim a post anyway; stop leading until it is back.
            logger.LogWarning("The {Lease} lease could not be renewed ({Message})", LeaseName, ex.Message);
            leader = false;
        }
        if (leader != IsLeader)
        {
            if (leader)
                logger.LogInformation("This process now posts {Work} (it holds the {Lease} lease)", Work, LeaseName);
            else
                logger.LogInformation("Another process posts {Work} now; this one stands by", Work);
            Volatile.Write(ref _leader, leader);
        }
        return leader;
    }
}
