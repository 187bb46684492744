using HistoryBot.Core.Chat;
using HistoryBot.Core.State;
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
    ILogger<GapDigestScheduler> logger) : LeasedScheduler(leases, signal, time, logger)
{
    public const string Name = "gap-digests";
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);
    public static readonly TimeSpan LateWindow = TimeSpan.FromDays(1);
    public static readonly TimeSpan Poll = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(5);

    private readonly Dictionary<Platform, IChatTransport> _transports = transports
        .GroupBy(transport => transport.Platform).ToDictionary(group => group.Key, group => group.First());

    protected override string LeaseName => Name;
    protected override string Work => "the weekly gaps digests";
    protected override TimeSpan Lease => LeaseTime;
    protected override TimeSpan PollInterval => Poll;

    /// <summary>Posts every digest that is due; returns when the next one falls due (null: none).</summary>
    public override async Task<DateTimeOffset?> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
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
                Logger.LogError(ex, "The weekly gaps digest for {Platform} chat {Chat} failed", digest.Platform, digest.ChatId);
            }
        }
        return next;
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
            Logger.LogError(ex, "Sending the weekly gaps digest to {Platform} chat {Chat} threw; not sending it again this week", digest.Platform, digest.ChatId);
            return null;
        }
        switch (delivery)
        {
            case DeliveryResult.Sent:
                await handled.CompleteAsync(key, cancellationToken);
                Logger.LogInformation("Posted the weekly gaps digest to {Platform} chat {Chat}", digest.Platform, digest.ChatId);
                break;
            case DeliveryResult.Forbidden:
                await handled.CompleteAsync(key, cancellationToken);
                await gaps.RemoveDigestAsync(digest.Platform, digest.ChatId, cancellationToken);
                Logger.LogWarning("The weekly gaps digest for {Platform} chat {Chat} is off: the bot was removed or blocked there", digest.Platform, digest.ChatId);
                break;
            default:
                // Nothing arrived: give the week back for the next try.
                await handled.ReleaseAsync(key, cancellationToken);
                Logger.LogWarning("Posting the weekly gaps digest to {Platform} chat {Chat} failed; trying again in {Delay}", digest.Platform, digest.ChatId, RetryDelay);
                break;
        }
        return delivery;
    }

    private static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset b) => a is null || b < a ? b : a;
}
