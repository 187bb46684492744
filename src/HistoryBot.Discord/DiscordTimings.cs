namespace HistoryBot.Discord;

/// <summary>
/// The waits of the protocol that are ours to choose. Production uses <see cref="Default"/>;
/// tests shrink them (and drive the clock through TimeProvider) so nothing waits in real time.
/// </summary>
internal sealed record DiscordTimings
{
    public static DiscordTimings Default { get; } = new();

    /// <summary>The first heartbeat goes out after interval × jitter (0 ≤ jitter &lt; 1), as Discord asks.</summary>
    public Func<double> HeartbeatJitter { get; init; } = Random.Shared.NextDouble;

    /// <summary>Discord must say Hello this soon after connecting, or we reconnect.</summary>
    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>First wait after a failed connection; it doubles up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>After op 9 (not resumable) Discord asks for a random 1–5 s wait before identifying again.</summary>
    public TimeSpan InvalidSessionMinDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>One identify per concurrency bucket per this window (Discord: 5 s).</summary>
    public TimeSpan IdentifyWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>A stored session older than this is not worth trying to resume after a restart.</summary>
    public TimeSpan ResumableSessionAge { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// How long an interaction may wait for its answer before we defer. Discord allows 3 s for
    /// the first response; the rest is margin for the callback's own round trip.
    /// </summary>
    public TimeSpan InteractionAnswerBudget { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one REST request may take before it counts as failed.</summary>
    public TimeSpan RestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a REST call that failed with 5xx or a network error (429s are always retried).</summary>
    public int RestRetries { get; init; } = 2;

    public TimeSpan RestRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Handled-event ids are kept this long; replays and restarts happen within minutes.</summary>
    public TimeSpan HandledRetention { get; init; } = TimeSpan.FromDays(2);
}
