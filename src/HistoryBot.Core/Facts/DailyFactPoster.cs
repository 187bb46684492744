using HistoryBot.Core.Chat;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HistoryBot.Core.Facts;

/// <summary>
/// Posts a chat's fact of the day, exactly once per local day whatever happens: the day's record
/// is claimed atomically in the post log and marked "sending" before the transport is called and
/// "sent" after. A process that stops mid-send leaves "sending", which is never sent again; one
/// that stops before sending leaves a claim that another process takes over when its lease ends.
/// Used by the scheduler and by "/dailyfact now".
/// </summary>
public sealed class DailyFactPoster
{
    private readonly FactCatalog _catalog;
    private readonly ISubscriptionStore _subscriptions;
    private readonly IFactPostLog _posts;
    private readonly IFactRotationStore _rotations;
    private readonly Dictionary<Platform, IChatTransport> _transports;
    private readonly DailyFactOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Diagnostics.BotMetrics? _metrics;

    public DailyFactPoster(
        FactCatalog catalog,
        ISubscriptionStore subscriptions,
        IFactPostLog posts,
        IFactRotationStore rotations,
        IEnumerable<IChatTransport> transports,
        IOptions<DailyFactOptions> options,
        TimeProvider time,
        ILogger<DailyFactPoster>? logger = null,
        Diagnostics.BotMetrics? metrics = null)
    {
        _metrics = metrics;
        _catalog = catalog;
        _subscriptions = subscriptions;
        _posts = posts;
        _rotations = rotations;
        _options = options.Value;
        _time = time;
        _logger = logger ?? NullLogger<DailyFactPoster>.Instance;
        _transports = [];
        foreach (var transport in transports)
            _transports.TryAdd(transport.Platform, transport);
    }

    /// <summary>This poster's name in claims: unique per process, so a restarted process is a new owner.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>True when this process can post to chats of the platform.</summary>
    public bool CanPostTo(Platform platform) => _transports.ContainsKey(platform);

    /// <summary>
    /// Posts the subscription's fact for a local day unless that day is done or held elsewhere.
    /// <paramref name="manual"/> ("/dailyfact now") does not wait for a failed post's retry time.
    /// </summary>
    public async Task<PostAttempt> PostAsync(Subscription subscription, DateOnly localDate, bool manual, CancellationToken cancellationToken)
    {
        var channel = subscription.Channel;
        var now = _time.GetUtcNow();
        var existing = await _posts.GetAsync(channel, localDate, cancellationToken);
        if (Settled(existing, now, manual) is { } settled)
        {
            if (settled.Result == PostAttemptResult.Unconfirmed && existing!.Status == DailyPostState.Sending
                && await _posts.MarkUnconfirmedAsync(channel, localDate, now, cancellationToken))
            {
                _logger.LogWarning("The daily fact for {Channel} on {Date} was being sent when its process stopped; not sending it again, so it cannot appear twice",
                    channel, localDate);
            }
            return settled;
        }

        // Without a transport, leave the day to a process that has one (replicas may serve different platforms).
        if (!_transports.TryGetValue(channel.Platform, out var transport))
            return new PostAttempt(PostAttemptResult.NoTransport, existing, Detail: $"this process does not serve {channel.Platform}");

        var facts = await _catalog.CurrentAsync(cancellationToken);
        if (facts.Count == 0)
        {
            _logger.LogWarning("No facts to post to {Channel}: the library has none", channel);
            return new PostAttempt(PostAttemptResult.NoFacts, RetryAt: now + _options.RetryDelay);
        }
        var (fact, cycle, onThisDay) = await ChooseAsync(subscription, localDate, facts, existing, cancellationToken);

        var lease = now + _options.ClaimLease;
        var claim = await _posts.TryClaimAsync(new PostClaim(channel, localDate, fact.Id, cycle, onThisDay, Owner, now, lease), cancellationToken);
        if (claim is null)
        {
            // Lost the race: report what the winner is doing.
            var current = await _posts.GetAsync(channel, localDate, cancellationToken);
            return Settled(current, now, manual) ?? new PostAttempt(PostAttemptResult.InProgress, current);
        }

        var reply = FactReplies.Daily(fact, onThisDay, subscription.Language);
        if (!await _posts.BeginSendingAsync(channel, localDate, Owner, _time.GetUtcNow() + _options.ClaimLease, cancellationToken))
            return new PostAttempt(PostAttemptResult.InProgress, claim, fact);

        DeliveryResult delivery;
        string? error = null;
        try
        {
            delivery = await transport.SendAsync(channel.ChatId, reply, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping mid-send: the record stays "sending" and is never sent again.
            throw;
        }
        catch (Exception ex)
        {
            // Transports report failures as results; an exception is a failure we did not foresee.
            _logger.LogError(ex, "Sending the daily fact to {Channel} threw", channel);
            delivery = DeliveryResult.Failed;
            error = ex.Message;
        }

        _metrics?.DailyFact(channel.Platform, delivery);
        var finished = _time.GetUtcNow();
        switch (delivery)
        {
            case DeliveryResult.Sent:
                await _posts.FinishAsync(channel, localDate, Owner, DailyPostState.Sent, finished, cancellationToken: cancellationToken);
                _logger.LogInformation("Posted fact {Fact} to {Channel} for {Date}{OnThisDay}", fact.Id, channel, localDate, onThisDay ? " (on this day)" : "");
                return new PostAttempt(PostAttemptResult.Sent, claim with { Status = DailyPostState.Sent, FinishedAt = finished }, fact);

            case DeliveryResult.Forbidden:
                const string reason = "the bot was removed from the chat or blocked";
                await _posts.FinishAsync(channel, localDate, Owner, DailyPostState.Forbidden, finished, detail: reason, cancellationToken: cancellationToken);
                await _subscriptions.DeactivateAsync(channel, reason, cancellationToken);
                _logger.LogWarning("Daily facts for {Channel} deactivated: {Reason}", channel, reason);
                return new PostAttempt(PostAttemptResult.Forbidden, claim with { Status = DailyPostState.Forbidden }, fact, Detail: reason);

            default:
                return await FailAsync(claim, fact, error ?? "the platform did not accept the message", cancellationToken);
        }
    }

    /// <summary>The outcome when a day's record leaves nothing to do now, else null.</summary>
    private PostAttempt? Settled(DailyPost? post, DateTimeOffset now, bool manual) => post switch
    {
        null => null,
        { Status: DailyPostState.Sent } => new PostAttempt(PostAttemptResult.AlreadyPosted, post),
        { Status: DailyPostState.Forbidden } => new PostAttempt(PostAttemptResult.Forbidden, post, Detail: post.Detail),
        { Status: DailyPostState.GaveUp } => new PostAttempt(PostAttemptResult.GaveUp, post, Detail: post.Detail),
        { Status: DailyPostState.Unconfirmed } => new PostAttempt(PostAttemptResult.Unconfirmed, post),
        { Status: DailyPostState.Sending } when post.LeaseUntil > now => new PostAttempt(PostAttemptResult.InProgress, post),
        { Status: DailyPostState.Sending } => new PostAttempt(PostAttemptResult.Unconfirmed, post),
        { Status: DailyPostState.Claimed } when post.LeaseUntil > now => new PostAttempt(PostAttemptResult.InProgress, post, RetryAt: post.LeaseUntil),
        { Status: DailyPostState.Failed } when !manual && post.RetryAt > now => new PostAttempt(PostAttemptResult.RetryLater, post, RetryAt: post.RetryAt, Detail: post.Detail),
        _ => null,
    };

    private async Task<(Fact Fact, int Cycle, bool OnThisDay)> ChooseAsync(
        Subscription subscription, DateOnly localDate, FactSet facts, DailyPost? earlier, CancellationToken cancellationToken)
    {
        // A retry posts what the first try chose, as long as the library still has it.
        if (earlier is not null && facts.Find(earlier.FactId) is { } chosen)
            return (chosen, earlier.Cycle, earlier.OnThisDay);

        var channel = subscription.Channel;
        var cycle = await _rotations.CurrentCycleAsync(channel, cancellationToken);
        var posted = await _posts.PostedInCycleAsync(channel, cycle, cancellationToken);
        if (FactChooser.OnThisDay(facts, localDate.Month, localDate.Day, subscription.Language, posted, channel, cycle) is { } onThisDay)
            return (onThisDay, cycle, true);

        if (FactChooser.NextInRotation(facts, subscription.Language, posted, channel, cycle) is { } next)
            return (next, cycle, false);

        // Every fact was posted: a new cycle, in a new order.
        cycle = await _rotations.StartNextCycleAsync(channel, cycle, cancellationToken);
        posted = await _posts.PostedInCycleAsync(channel, cycle, cancellationToken);
        _logger.LogInformation("Every fact was posted to {Channel}; starting rotation cycle {Cycle}", channel, cycle);
        return (FactChooser.NextInRotation(facts, subscription.Language, posted, channel, cycle) ?? FactChooser.RotationOrder(facts, subscription.Language, channel, cycle)[0],
            cycle, false);
    }

    private async Task<PostAttempt> FailAsync(DailyPost claim, Fact fact, string detail, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (claim.Attempts >= _options.MaxAttempts)
        {
            await _posts.FinishAsync(claim.Channel, claim.LocalDate, Owner, DailyPostState.GaveUp, now, detail: detail, cancellationToken: cancellationToken);
            _logger.LogError("Gave up the daily fact for {Channel} on {Date} after {Attempts} attempts: {Detail}", claim.Channel, claim.LocalDate, claim.Attempts, detail);
            return new PostAttempt(PostAttemptResult.GaveUp, claim with { Status = DailyPostState.GaveUp }, fact, Detail: detail);
        }
        var retryAt = now + _options.RetryDelay;
        await _posts.FinishAsync(claim.Channel, claim.LocalDate, Owner, DailyPostState.Failed, now, retryAt, detail, cancellationToken);
        _logger.LogWarning("Posting the daily fact to {Channel} failed ({Detail}); retrying at {RetryAt:u}", claim.Channel, detail, retryAt);
        return new PostAttempt(PostAttemptResult.RetryLater, claim with { Status = DailyPostState.Failed, RetryAt = retryAt }, fact, retryAt, detail);
    }
}
