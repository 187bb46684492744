using HistoryBot.Core.Chat;
using HistoryBot.Core.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HistoryBot.Core.Gaps;

/// <summary>
/// Posts each chat's weekly gaps digest (the last 7 days), by the daily facts' rules: of several
/// processes only the holder of the "gap-digests" lease posts; each week's digest of a chat is
/// claimed once in the state store before it is sent and never sent twice (a process that dies
/// mid-send leaves it claimed); a digest the platform refused is tried again; a digest missed by
/// more than a day (the bot was down) is skipped, not sent late.
/// </summary>
public sealed class GapDigestScheduler(
    IGapStore gaps,
    GapReport report,
    IHandledOnceStore handled,
    ILeaseStore leases,
    GapDigestSignal signal,
    IEnumerable<IChatTransport> transports,
    TimeProvider time,
    ILogger<GapDigestScheduler> logger) : BackgroundService
{
    public const string LeaseName = "gap-digests";
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);
    public static readonly TimeSpan LateWindow = TimeSpan.FromDays(1);
    public static readonly TimeSpan PollInterval = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(5);

    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly Dictionary<Platform, IChatTransport> _transports = transports
        .GroupBy(transport => transport.Platform).ToDictionary(group => group.Key, group => group.First());

    /// <summary>Posts every digest that is due; returns when the next one falls due (null: none).</summary>
    public async Task<DateTimeOffset?> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        DateTimeOffset? next = null;
        foreach (var digest in await gaps.DigestsAsync(cancellationToken))
        {
            if (!_transports.TryGetValue(digest.Platform, out var transport))
                continue;
            var week = (long)Math.Floor((now - digest.Since) / Week);
            var due = digest.Since + week * Week;
            next = Earlier(next, due + Week);
            if (week < 1 || now - due > LateWindow)
                continue;
            try
            {
                if (await PostAsync(digest, week, transport, now, cancellationToken) == DeliveryResult.Failed)
                    next = Earlier(next, now + RetryDelay);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                // One chat's trouble never holds up the others.
                logger.LogError(ex, "The weekly gaps digest for {Platform} chat {Chat} failed", digest.Platform, digest.ChatId);
            }
        }
        return next;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var changed = signal.Changed;
            DateTimeOffset? next = null;
            try
            {
                if (await leases.TryAcquireAsync(LeaseName, _owner, Lease, stoppingToken))
                    next = await RunDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The gaps digest pass failed; trying again in {Wait}", PollInterval);
            }
            var wait = next is { } at ? at - time.GetUtcNow() : PollInterval;
            wait = wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait > PollInterval ? PollInterval : wait;
            using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            await Task.WhenAny(Task.Delay(wait, time, wake.Token), changed);
            await wake.CancelAsync();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await leases.ReleaseAsync(LeaseName, _owner, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("The gaps digest lease was not given back ({Message}); another process takes over when it runs out", ex.Message);
        }
    }

    private async Task<DeliveryResult?> PostAsync(GapDigest digest, long week, IChatTransport transport, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = new HandledKey(digest.Platform, $"gaps:{digest.ChatId}:{week}");
        if (!await handled.TryClaimAsync(key, takeOverAfter: null, cancellationToken))
            return null;
        var reply = await report.RenderAsync(Week, now, digest.AllChats ? null : digest.Platform, digest.AllChats ? null : digest.ChatId, cancellationToken);
        DeliveryResult delivery;
        try
        {
            delivery = await transport.SendAsync(digest.ChatId, reply with { Private = false }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Unknown whether it arrived: the claim stays, so it is never posted twice.
            logger.LogError(ex, "Sending the weekly gaps digest to {Platform} chat {Chat} threw; not sending it again this week", digest.Platform, digest.ChatId);
            return null;
        }
        switch (delivery)
        {
            case DeliveryResult.Sent:
                await handled.CompleteAsync(key, cancellationToken);
                logger.LogInformation("Posted the weekly gaps digest to {Platform} chat {Chat}", digest.Platform, digest.ChatId);
                break;
            case DeliveryResult.Forbidden:
                await handled.CompleteAsync(key, cancellationToken);
                await gaps.RemoveDigestAsync(digest.Platform, digest.ChatId, cancellationToken);
                logger.LogWarning("The weekly gaps digest for {Platform} chat {Chat} is off: the bot was removed or blocked there", digest.Platform, digest.ChatId);
                break;
            default:
                // Nothing arrived: give the week back for the next try.
                await handled.ReleaseAsync(key, cancellationToken);
                logger.LogWarning("Posting the weekly gaps digest to {Platform} chat {Chat} failed; trying again in {Delay}", digest.Platform, digest.ChatId, RetryDelay);
                break;
        }
        return delivery;
    }

    private static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset b) => a is null || b < a ? b : a;
}
